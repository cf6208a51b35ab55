import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import pl from "nodejs-polars";
import { ExitCode, OraccleError } from "../../core/errors.js";
import { readSise } from "../../sise/read-sise.js";
import { flows } from "../../trajectories/flows.js";
import { PRINCIPAL_RULES, principalEnrolments } from "../../trajectories/principal-enrolments.js";
import { TRANSITION_RULES } from "../../trajectories/rules/index.js";
import { type StateGranularity, yearlyStates } from "../../trajectories/states.js";
import { studentAttributes, traceCohorts } from "../../trajectories/trace-cohorts.js";
import { traces } from "../../trajectories/traces.js";
import { transitions } from "../../trajectories/transitions.js";
import { writeFigureHtml } from "../../viz/figure.js";
import { sankeyFigure } from "../../viz/sankey.js";
import type { Command } from "../command.js";

const USAGE = `oraccle trajectories — rebuild study paths: principal enrolments, yearly states, transitions, flows, traces

Usage: oraccle trajectories --input DIR --out DIR [options]

  --input DIR              SISE extract folder (inscriNN / resultNN, .parquet or .csv)
  --out DIR                folder to write the CSV files to (created if missing; our files are overwritten)
  --granularity G          state detail: niveau (default: L1, M2, BUT3…), groupe (+ groupe disciplinaire),
                           etablissement (+ groupe and UAI)
  --exclude-cpge-doubles   drop the university side of CPGE double enrolments (curpar 02 / conv P)
  --exclude-nursing        drop nursing-diploma enrolments (typ_dipl PJ)
  --sankey                 also write sankey.html (offline plotly Sankey of the flows)

Files written (UTF-8, comma-separated, sorted, identical bytes for identical input):
  transitions.csv          one row per student and year: state, next_state, transition, devenir (MESR)…
  flows.csv                from_rentree, to_rentree, from_state, to_state, n, pct
  traces.csv               one Oraccle trace per student (years joined by +, gap years empty)
  cohortes.csv             cohorteid, trace, effectif, reussites
  cohorte_<attribut>.csv   cohorteid, <attribut>, effectif (sexe, bac_rgrp, anbac, premiereins…)

Nothing is masked: run the disclosure gate before publishing these files.`;

const GRANULARITIES: readonly StateGranularity[] = ["niveau", "groupe", "etablissement"];

/**
 * `oraccle trajectories`: reads a SISE extract and writes the trajectory tables (long transition
 * table, flows, Oraccle traces and cohorts) as deterministic CSV, then prints a summary: rows
 * in and out, students, years, transitions by category.
 *
 * @example
 * // oraccle trajectories --input data/sise --out out/parcours --granularity groupe
 */
export const trajectoriesCommand: Command = {
  name: "trajectories",
  summary: "study paths: principal enrolments, transitions (MESR devenir), flows, Oraccle traces",
  usage: USAGE,
  async run(argv, io) {
    const { values } = parseArgs({
      args: argv,
      options: {
        input: { type: "string" },
        out: { type: "string" },
        granularity: { type: "string", default: "niveau" },
        "exclude-cpge-doubles": { type: "boolean", default: false },
        "exclude-nursing": { type: "boolean", default: false },
        sankey: { type: "boolean", default: false },
      },
      strict: true,
      allowPositionals: false,
    });
    if (!values.input || !values.out) {
      throw new OraccleError(`--input and --out are required\n\n${USAGE}`, ExitCode.usage);
    }
    const granularity = values.granularity as StateGranularity;
    if (!GRANULARITIES.includes(granularity)) {
      throw new OraccleError(
        `--granularity must be niveau, groupe or etablissement, got '${values.granularity}'`,
        ExitCode.usage,
      );
    }

    const { inscriptions, resultats, report } = readSise(values.input);
    const principal = principalEnrolments(inscriptions, {
      excludeCpgeDoubles: values["exclude-cpge-doubles"],
      excludeNursing: values["exclude-nursing"],
    });
    const states = yearlyStates(principal.enrolments, resultats, { granularity });
    const moves = transitions(states);
    const flowTable = flows(moves);
    const traceTable = traces(principal.enrolments);
    const cohorts = traceCohorts(traceTable, studentAttributes(principal.enrolments, resultats));

    const outputs: [string, pl.DataFrame][] = [
      ["transitions.csv", moves],
      ["flows.csv", flowTable],
      ["traces.csv", traceTable],
      ["cohortes.csv", cohorts.cohortes],
      ...attributeFiles(cohorts.attributes),
    ];
    try {
      mkdirSync(values.out, { recursive: true });
      for (const [name, frame] of outputs) writeFileSync(join(values.out, name), frame.writeCSV().toString());
      if (values.sankey) {
        writeFigureHtml(
          sankeyFigure(flowTable, { title: "Parcours d'une année à l'autre (inscriptions principales)" }),
          join(values.out, "sankey.html"),
          "Parcours d'études",
        );
      }
    } catch (error) {
      throw new OraccleError(`cannot write to ${values.out}: ${(error as Error).message}`, ExitCode.output, {
        cause: error,
      });
    }

    io.stdout(summary(report.totals, principal, states, moves, outputs, values.out));
    if (!report.ok) {
      io.stderr(
        `warning: ${report.totals.all.rowsRejected} input rows were rejected by validation; run 'oraccle validate --input ${values.input}' for details\n`,
      );
    }
    return ExitCode.ok;
  },
};

/** One Oraccle-style `cohorte_<attribute>.csv` per attribute: cohorteid, <attribute>, effectif. */
function attributeFiles(long: pl.DataFrame): [string, pl.DataFrame][] {
  const names = [...new Set(long.getColumn("attribute").toArray() as string[])].sort();
  return names.map((name) => [
    `cohorte_${name}.csv`,
    long
      .filter(pl.col("attribute").eq(pl.lit(name)))
      .select(pl.col("cohorteid"), pl.col("value").alias(name), pl.col("effectif")),
  ]);
}

function summary(
  totals: ReturnType<typeof readSise>["report"]["totals"],
  principal: ReturnType<typeof principalEnrolments>,
  states: pl.DataFrame,
  moves: pl.DataFrame,
  outputs: [string, pl.DataFrame][],
  out: string,
): string {
  const lines: string[] = [];
  const { inscriptions, resultats } = totals;
  lines.push(
    `read: ${inscriptions.rowsRead} inscriptions (${inscriptions.rowsAccepted} accepted, ${inscriptions.rowsRejected} rejected), ` +
      `${resultats.rowsRead} résultats (${resultats.rowsAccepted} accepted, ${resultats.rowsRejected} rejected)`,
  );
  const { rows, decisions } = principal;
  lines.push(
    `principal enrolments: ${rows.principal} (${PRINCIPAL_RULES.map((r) => `${r} ${decisions[r]}`).join(", ")}); ` +
      `${rows.secondary} secondary, ${rows.excluded} excluded — ${rows.input} = ${rows.principal} + ${rows.secondary} + ${rows.excluded}`,
  );
  const students = states.select("id_etu").unique().height;
  const first = states.height > 0 ? Number(states.getColumn("rentree").min()) : 0;
  const last = states.height > 0 ? Number(states.getColumn("rentree").max()) : 0;
  lines.push(
    `students: ${students}; rentrées ${first}–${last} (${states.height > 0 ? last - first + 1 : 0} years); ${states.height} student-years`,
  );
  lines.push("transitions by category:");
  const counts = countBy(moves, "transition");
  for (const category of [...new Set(TRANSITION_RULES.map((r) => r.category))]) {
    lines.push(`  ${category.padEnd(16)} ${counts.get(category) ?? 0}`);
  }
  const devenir = countBy(moves, "devenir");
  const inScope = [...devenir.entries()].filter(([k]) => k !== "null").reduce((sum, [, n]) => sum + n, 0);
  lines.push(`MESR devenir en 1 an (${inScope} student-years in scope):`);
  for (const category of ["passage", "redoublement", "reorientation", "sortie"]) {
    const n = devenir.get(category) ?? 0;
    lines.push(
      `  ${category.padEnd(16)} ${n}${inScope > 0 ? ` (${((100 * n) / inScope).toFixed(1)} %)` : ""}`,
    );
  }
  lines.push(`written to ${out}:`);
  for (const [name, frame] of outputs) lines.push(`  ${name.padEnd(28)} ${frame.height} rows`);
  return `${lines.join("\n")}\n`;
}

function countBy(frame: pl.DataFrame, column: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of frame.groupBy(column).len().toRecords() as Record<string, unknown>[]) {
    const value = row[column];
    counts.set(value === null ? "null" : String(value), Number(row.len));
  }
  return counts;
}
