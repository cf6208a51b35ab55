import { mkdirSync } from "node:fs";
import { join } from "node:path";
import pl from "nodejs-polars";
import { ExitCode, OraccleError } from "../../core/errors.js";
import { messages } from "../../core/i18n/messages.js";
import { writeFileAtomically } from "../../publish/atomic-output.js";
import type { readSise } from "../../sise/read-sise.js";
import { flows } from "../../trajectories/flows.js";
import { PRINCIPAL_RULES, principalEnrolments } from "../../trajectories/principal-enrolments.js";
import { TRANSITION_RULES } from "../../trajectories/rules/index.js";
import { studentAttributes, traceCohorts } from "../../trajectories/trace-cohorts.js";
import { traces } from "../../trajectories/traces.js";
import { transitions } from "../../trajectories/transitions.js";
import { type StateGranularity, yearlyStates } from "../../trajectories/yearly-states.js";
import { writeFigureHtml } from "../../viz/figure.js";
import { sankeyFigure } from "../../viz/sankey-figure.js";
import { defineCommand } from "../command.js";
import { bpbacFolder, inputFolder, outFolder } from "../options.js";
import { choiceOption } from "../parse-option.js";
import { readExtract } from "../read-extract.js";

const GRANULARITIES = ["niveau", "groupe", "etablissement"] as const satisfies readonly StateGranularity[];

type TrajectoriesOptions = {
  input: string;
  bpbac?: string;
  out: string;
  granularity: string;
  excludeCpgeDoubles: boolean;
  excludeNursing: boolean;
  sankey: boolean;
};

/**
 * `oraccle trajectories`: reads a SISE extract (with `--bpbac`, and the lycée post-bac classes of
 * a BPBAC extract) and writes the trajectory tables (long transition
 * table, flows, Oraccle traces and cohorts) as deterministic CSV, then prints a summary: rows
 * in and out, students, years, transitions by category.
 *
 * @example
 * // oraccle trajectories --input data/sise --out out/parcours --granularity groupe
 */
export const trajectoriesCommand = defineCommand<TrajectoriesOptions>({
  name: "trajectories",
  options: [
    inputFolder,
    bpbacFolder,
    outFolder,
    { name: "granularity", value: "name", default: "niveau" },
    { name: "exclude-cpge-doubles", default: false },
    { name: "exclude-nursing", default: false },
    { name: "sankey", default: false },
  ],
  async action(options, io) {
    const granularity = choiceOption("--granularity", options.granularity, GRANULARITIES);
    const { inscriptions, resultats, report } = readExtract(options.input, options.bpbac, io);
    const principal = principalEnrolments(inscriptions, {
      excludeCpgeDoubles: options.excludeCpgeDoubles,
      excludeNursing: options.excludeNursing,
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
    const text = messages().cli.trajectories;
    try {
      mkdirSync(options.out, { recursive: true });
      if (options.sankey) {
        writeFigureHtml(
          sankeyFigure(flowTable, { title: text.sankeyTitle }),
          join(options.out, "sankey.html"),
          text.sankeyPageTitle,
        );
      }
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? String(error);
      throw new OraccleError(messages().cli.errors.cannotWrite(options.out, reason), ExitCode.output, {
        cause: error,
      });
    }
    for (const [name, frame] of outputs)
      writeFileAtomically(join(options.out, name), frame.writeCSV().toString());

    io.stdout(summary(report.totals, principal, states, moves, outputs, options.out));
    if (!report.ok) {
      io.stderr(`${text.rejectedWarning(report.totals.all.rowsRejected, options.input)}\n`);
    }
    return ExitCode.ok;
  },
});

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
