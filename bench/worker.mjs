// One measurement in a fresh process (so that peak memory is this tool's alone):
//   node bench/worker.mjs <tool> <dataset-dir> [<expected.json>]
// tool: ours-stages | ours-pipeline | duckdb | arquero | danfo. Prints one JSON line prefixed by
// "RESULT " with the timings (wall and CPU seconds), the peak RSS (VmHWM) and, for the stages and
// the peers, the per-cohort counts that the peers are checked against.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureCsv } from "./lib/dataset.mjs";
import { licenceCohortOutcomes } from "./lib/ours.mjs";
import { compare, comparePublished, diplomaTypes, normalise, publishedCounts } from "./peers/common.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const [tool, dir, expectedFile] = process.argv.slice(2);
const toolkit = await import(resolve(root, "dist/index.js"));
const { default: pl } = await import("nodejs-polars");

const stages = [];
/** Times one stage: wall time and this process's CPU time (user + system, all threads). */
async function timer(stage, work) {
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  const result = await work();
  const wall = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpu0);
  stages.push({ stage, wall, cpu: (cpu.user + cpu.system) / 1e6 });
  return result;
}

function peakRssBytes() {
  const status = readFileSync("/proc/self/status", "utf8");
  const match = /VmHWM:\s+(\d+) kB/.exec(status);
  return match ? Number(match[1]) * 1024 : null;
}

async function oursStages() {
  // As `publish` reads: codes as Categorical, each file's text frames released before the next.
  // Between stages, the garbage of the previous one is released (untimed), as `publish` does.
  const extract = await timer("read", () => toolkit.readSiseAsync(dir, { compact: true }));
  const { inscriptions, resultats } = extract;
  const rows = {
    inscriptions: inscriptions.height,
    resultats: resultats.height,
    rejected: extract.rejects.height,
  };
  await toolkit.releaseMemory();
  const principal = await timer(
    "principal",
    () => toolkit.principalEnrolments(inscriptions, { excludeCpgeDoubles: true }).enrolments,
  );
  await toolkit.releaseMemory();
  const states = await timer("states", () =>
    toolkit.yearlyStates(principal, resultats, { columns: toolkit.OPTIONAL_TEXT_COLUMNS }),
  );
  await toolkit.releaseMemory();
  const moves = await timer("transitions", () => toolkit.transitions(states));
  await toolkit.releaseMemory();
  await timer("flows", () => toolkit.flows(moves));
  const cohorts = await timer("traces", () => {
    const studentTraces = toolkit.traces(principal, { gapElement: "" });
    const attributes = toolkit.studentAttributes(principal, resultats);
    return { studentTraces, result: toolkit.traceCohorts(studentTraces, attributes) };
  });
  const followed = await timer("indicators", () => {
    const window = toolkit.observationWindow(principal, resultats);
    const result = licenceCohortOutcomes(toolkit, { principal, moves, resultats, window });
    for (const outcomes of result.outcomes) toolkit.cohortIndicators(outcomes, { by: ["gd_discipline"] });
    return result;
  });
  await timer("gate", async () => {
    // The gate of the Oraccle cohort file (k = 5 on identical paths)…
    await toolkit.checkRelease(
      { kind: "cohorts", counts: cohorts.result.cohortes.select("cohorteid", "effectif") },
      "oraccle-k5",
    );
    // …and the table gate (primary + secondary suppression, LP audit) on the devenir table of
    // the latest followed cohort, broken down by grande discipline.
    const last = followed.outcomes.filter((o) => o.available.passage_en_l2_1_an).at(-1);
    if (last) {
      const records = last.students.select(
        pl.col("gd_discipline").cast(pl.Utf8).fillNull(pl.lit("?")),
        pl
          .when(pl.col("passage_en_l2_1_an"))
          .then(pl.lit("passage"))
          .when(pl.col("redoublement_en_l1"))
          .then(pl.lit("redoublement"))
          .when(pl.col("reorientation_1_an"))
          .then(pl.lit("reorientation"))
          .otherwise(pl.lit("sortie"))
          .alias("devenir"),
      );
      const table = toolkit.aggregateTable({
        dimensions: [{ name: "gd_discipline" }, { name: "devenir" }],
        records: records.toRecords(),
      });
      await toolkit.checkRelease({ kind: "table", table, source: "devenir" }, "oraccle-k5");
    }
  });
  return {
    rows,
    counts: normalise(followed.rows),
  };
}

async function oursPipeline() {
  const out = mkdtempSync(join(tmpdir(), "oraccle-bench-"));
  try {
    const summary = await timer("pipeline", () =>
      toolkit.publish({ input: dir, out: join(out, "open-data"), policy: "oraccle-k5" }),
    );
    return {
      summary: { rowsRead: summary.rowsRead, students: summary.students, tables: summary.tables },
      published: publishedCounts(pl, join(out, "open-data")),
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

async function peer(name) {
  const module = await import(`./peers/${name}.mjs`);
  const csv = name === "duckdb" ? null : await ensureCsv(dir);
  const counts = normalise(await module.run({ dir, csv, types: diplomaTypes(toolkit), timer }));
  const expected = expectedFile ? JSON.parse(readFileSync(expectedFile, "utf8")) : null;
  // An expected file from a publish run (stages not timed) holds only the published counts.
  const check = expected
    ? expected.published
      ? { ...comparePublished(expected.published, counts), against: "published" }
      : compare(expected, counts)
    : null;
  return { counts, check };
}

let result;
if (tool === "ours-stages") result = await oursStages();
else if (tool === "ours-pipeline") result = await oursPipeline();
else result = await peer(tool);
process.stdout.write(`RESULT ${JSON.stringify({ tool, stages, peakRss: peakRssBytes(), ...result })}\n`);
