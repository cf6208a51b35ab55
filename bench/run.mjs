// National-scale benchmark of the toolkit against hand-written peers.
//
//   npm run bench                                  # build, then every size (0.1, 1, 3.45, 10, 100 %)
//   node bench/run.mjs --sizes 1,10                # a quick run (after `npm run build`)
//   node bench/run.mjs --max 10                    # every default size up to 10 %
//   node bench/run.mjs --peers duckdb --sizes 100  # one peer only (--peers none: the toolkit only)
//   node bench/run.mjs --no-doc                    # print only, do not rewrite docs/benchmarks.md
//   node bench/run.mjs --mem-limit 12 --timeout 3600  # stop a child above 12 GB RSS or after 1 h
//   node bench/run.mjs --stages-max 10             # time the stages one by one up to 10 % (default)
//
// Sizes are percents of national SISE (≈ 2.9 M enrolments a year over 10 rentrées); 3.45 % is
// ≈ 1 M enrolment rows, the size of the arquero and danfo targets; danfo runs only at 0.1 % by
// default (≈ 190 CPU seconds there already; --danfo-max to change), arquero up to 10 %.
// Each extract is generated once
// with the toolkit's own generator and cached in .cache/bench/ (git-ignored). Every measurement
// runs in its own child process (bench/worker.mjs) so that its peak memory (VmHWM) is its own.
// Results are merged into .cache/bench/results.json, so sizes can be run at different times;
// docs/benchmarks.md is rewritten from that file (and bench/sequence-distances' doc is linked).
// Never a test: timings depend on the machine and its load.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { datasetDir, ensureDataset } from "./lib/dataset.mjs";
import { renderDoc } from "./lib/report.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const DEFAULT_SIZES = [0.1, 1, 3.45, 10, 100];
const max = Number(flag("max", "Infinity"));
const sizes = (flag("sizes", null)?.split(",").map(Number) ?? DEFAULT_SIZES).filter((s) => s <= max);
const peers = flag("peers", "duckdb,arquero,danfo")
  .split(",")
  .filter((name) => name && name !== "none");
/** Largest size (percent) each peer is run at; beyond, it is skipped with a note. */
const PEER_LIMITS = {
  duckdb: Infinity,
  arquero: Number(flag("arquero-max", "10")),
  danfo: Number(flag("danfo-max", "0.1")),
};
const timeoutSeconds = Number(flag("timeout", "3600"));
/**
 * Largest size (percent) at which the stages are timed one by one. The stage worker holds each
 * stage's whole result at once (that is what it times); at national scale only `publish`, which
 * rebuilds paths by partition of students, is meant to run. `--stages-max 100` to try anyway.
 */
const stagesMax = Number(flag("stages-max", "10"));
/** A child whose resident memory passes this many GB is stopped (the machine is shared). */
const memLimitGb = Number(
  flag("mem-limit", String(Math.min(12, Math.floor((os.totalmem() / 2 ** 30) * 0.6)))),
);
const writeDoc = !args.includes("--no-doc");
/** `--no-pipeline`: time the stages only (the whole `publish` run keeps its earlier figures). */
const skipPipeline = args.includes("--no-pipeline");
/** `--peers-only`: re-time the peers, checked against the toolkit's counts of an earlier run. */
const peersOnly = args.includes("--peers-only");
const resultsFile = join(root, ".cache", "bench", "results.json");

if (!existsSync(join(root, "dist", "index.js"))) {
  console.error("dist/index.js is missing: run `npm run build` (or `npm run bench`) first.");
  process.exit(2);
}
const toolkit = await import(join(root, "dist", "index.js"));
mkdirSync(dirname(resultsFile), { recursive: true });
const results = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, "utf8")) : { runs: {} };

/** Runs node with `script args` in a child process; resolves with its RESULT line or a failure. */
function child(script, childArgs, seconds) {
  return new Promise((done) => {
    const started = performance.now();
    const proc = spawn(
      process.execPath,
      ["--max-old-space-size=16384", join(root, "bench", script), ...childArgs],
      {
        cwd: root,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let out = "";
    let err = "";
    proc.stdout.on("data", (d) => {
      out += d;
    });
    proc.stderr.on("data", (d) => {
      err += d;
    });
    const timer = setTimeout(() => proc.kill("SIGKILL"), seconds * 1000);
    let overMemory = null;
    const watch = setInterval(() => {
      const rss = residentBytes(proc.pid);
      if (rss !== null && rss > memLimitGb * 2 ** 30) {
        overMemory = rss;
        proc.kill("SIGKILL");
      }
    }, 500);
    proc.on("close", (code, signal) => {
      clearTimeout(timer);
      clearInterval(watch);
      const wall = (performance.now() - started) / 1000;
      const line = out.split("\n").find((l) => l.startsWith("RESULT "));
      if (code === 0 && line) return done({ ok: true, wall, ...JSON.parse(line.slice(7)) });
      const reason =
        overMemory !== null
          ? `stopped after ${wall.toFixed(0)} s: resident memory passed the ${memLimitGb} GB limit (--mem-limit)`
          : signal === "SIGKILL" && wall >= seconds - 1
            ? `stopped after the ${seconds} s time limit`
            : `failed (exit ${code ?? signal}): ${err.trim().split("\n").slice(-3).join(" ").slice(0, 300)}`;
      done({ ok: false, wall, reason, ...(overMemory !== null ? { overMemory } : {}) });
    });
  });
}

function residentBytes(pid) {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

function machine() {
  const cpus = os.cpus();
  const load = os.loadavg();
  return {
    cpu: cpus[0]?.model ?? "unknown",
    cores: cpus.length,
    ramGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
    versions: packageVersions(),
    load: load.map((l) => l.toFixed(1)).join(" / "),
  };
}

function packageVersions() {
  const versions = {};
  for (const name of ["nodejs-polars", "@duckdb/node-api", "arquero", "danfojs-node"]) {
    try {
      versions[name] = JSON.parse(
        readFileSync(join(root, "node_modules", name, "package.json"), "utf8"),
      ).version;
    } catch {
      versions[name] = "missing";
    }
  }
  return versions;
}

const fmt = (s) => (s == null ? "—" : s < 10 ? s.toFixed(2) : s.toFixed(1));
const gb = (bytes) => (bytes == null ? "—" : (bytes / 2 ** 30).toFixed(2));

for (const percent of sizes) {
  const dataset = await ensureDataset(toolkit, root, percent);
  const dir = datasetDir(root, percent);
  console.log(
    `\n=== ${percent} % of national: ${dataset.inscriptions.toLocaleString("en")} enrolments, ${dataset.resultats.toLocaleString("en")} results (${dir}) ===`,
  );
  const run = { percent, dataset, machine: machine(), date: new Date().toISOString(), tools: {} };
  const earlier = results.runs[String(percent)]?.tools["ours-stages"];
  const stages =
    peersOnly && earlier
      ? earlier
      : percent > stagesMax
        ? {
            ok: false,
            skipped: true,
            reason: `stages not timed one by one above ${stagesMax} % (each would hold its whole result; publish rebuilds paths by partition instead; --stages-max to change)`,
          }
        : await child("worker.mjs", ["ours-stages", dir], timeoutSeconds);
  run.tools["ours-stages"] = stages;
  report(peersOnly && earlier ? "ours (stages, earlier run)" : "ours (stages)", stages);
  if (!skipPipeline && !peersOnly) {
    const pipeline = await child("worker.mjs", ["ours-pipeline", dir], timeoutSeconds);
    run.tools["ours-pipeline"] = pipeline;
    report("ours (publish)", pipeline);
  }
  const expectedFile = join(dir, "expected-counts.json");
  const pipelineRun = run.tools["ours-pipeline"];
  if (stages.ok) writeFileSync(expectedFile, JSON.stringify(stages.counts));
  // Stages not timed (national scale): the peers are checked against the published tables.
  else if (pipelineRun?.ok && pipelineRun.published?.length)
    writeFileSync(expectedFile, JSON.stringify({ published: pipelineRun.published }));
  else rmSync(expectedFile, { force: true });
  for (const peer of peers) {
    if (percent > PEER_LIMITS[peer]) {
      run.tools[peer] = {
        ok: false,
        skipped: true,
        reason: `skipped above ${PEER_LIMITS[peer]} % (would take too long or run out of memory; --${peer}-max to change)`,
      };
      console.log(`${peer}: ${run.tools[peer].reason}`);
      continue;
    }
    const reference = existsSync(expectedFile) && (stages.ok || pipelineRun?.ok || run.referenceTool);
    const measured = await child(
      "worker.mjs",
      reference ? [peer, dir, expectedFile] : [peer, dir],
      timeoutSeconds,
    );
    if (reference && measured.ok)
      measured.checkedAgainst = stages.ok
        ? "toolkit"
        : pipelineRun?.ok
          ? "toolkit-published"
          : run.referenceTool;
    // When the toolkit could not run at this size, the first peer that ran (checked against the
    // toolkit at the smaller sizes) becomes the reference of the others.
    if (!stages.ok && !pipelineRun?.ok && !run.referenceTool && measured.ok) {
      writeFileSync(expectedFile, JSON.stringify(measured.counts));
      run.referenceTool = peer;
    }
    run.tools[peer] = measured;
    report(peer, measured);
  }
  run.machine.loadAfter = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" / ");
  // Tools not measured by this invocation (--peers, --only) keep their earlier figures.
  const previous = results.runs[String(percent)];
  if (previous) run.tools = { ...previous.tools, ...run.tools };
  results.runs[String(percent)] = run;
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 1)}\n`);
}

function report(label, measured) {
  if (!measured.ok) {
    console.log(`${label}: ${measured.reason}`);
    return;
  }
  const parts = measured.stages.map((s) => `${s.stage} ${fmt(s.wall)} s (cpu ${fmt(s.cpu)})`).join(", ");
  const check = measured.check
    ? measured.check.ok
      ? ` — check: same numbers as ${measured.checkedAgainst === "toolkit" || !measured.checkedAgainst ? "ours" : measured.checkedAgainst} ✔`
      : ` — check FAILED: ${measured.check.differences.slice(0, 3).join("; ")}`
    : "";
  console.log(`${label}: ${parts}; peak RSS ${gb(measured.peakRss)} GB${check}`);
}

if (writeDoc) {
  const docFile = join(root, "docs", "benchmarks.md");
  writeFileSync(docFile, renderDoc(results, root));
  console.log(`\nwrote ${docFile}`);
}
