import { parseArgs } from "node:util";
import { ExitCode, OraccleError } from "../../core/errors.js";
import { publish, readPublishConfig } from "../../publish/publish.js";
import type { Command } from "../command.js";

const USAGE = `oraccle publish — from a SISE extract to a data.gouv.fr-ready open dataset, every output through the disclosure gate

Usage: oraccle publish --input DIR --out DIR [--policy NAME] [--config FILE] [--overwrite] [--partition-rows N]

  --input DIR      SISE extract folder (inscriNN / resultNN, .parquet or .csv)
  --out DIR        output folder; written atomically (nothing partial is ever left there)
  --policy NAME    disclosure policy: oraccle-k5 (default), insee-entreprises, dgfip-11
  --config FILE    JSON settings: metadata (title, version, created…), cohortAttributes, indicatorBreakdown
  --overwrite      replace an output folder that already holds a dataset
  --partition-rows N  rebuild paths by partitions of students holding about N enrolments
                   (default 2000000); smaller uses less memory, the output is the same

Writes: cohortes.csv, formations.csv, cohorte_<attribut>.csv, flux.csv, devenir_l1.csv,
reussite_licence.csv, schemas/*.schema.json, datapackage.json, README.md (fiche),
disclosure-report.json, rapport.html.
Exit codes: 0 published; 1 a disclosure gate or the validation refused (nothing written);
2 usage; 3 unreadable input; 4 output folder problem.`;

/**
 * `oraccle publish`: the working group's main job (see `publish`). Shows progress on a terminal,
 * then a final summary: rows read and rejected, students, cohorts, suppressed cells, audit result.
 *
 * @example
 * // oraccle publish --input data/sise --out out/open-data --policy oraccle-k5
 */
export const publishCommand: Command = {
  name: "publish",
  summary: "open dataset from a SISE extract: traces, flows, indicators, all through the disclosure gate",
  usage: USAGE,
  async run(argv, io) {
    const { values } = parseArgs({
      args: argv,
      options: {
        input: { type: "string" },
        out: { type: "string" },
        policy: { type: "string", default: "oraccle-k5" },
        config: { type: "string" },
        overwrite: { type: "boolean", default: false },
        "partition-rows": { type: "string" },
      },
      strict: true,
    });
    if (!values.input || !values.out) {
      throw new OraccleError(`--input and --out are required\n\n${USAGE}`, ExitCode.usage);
    }
    const partitionRows =
      values["partition-rows"] === undefined ? undefined : Number(values["partition-rows"]);
    if (partitionRows !== undefined && !(Number.isInteger(partitionRows) && partitionRows > 0)) {
      throw new OraccleError(
        `--partition-rows must be a whole number above 0 (got '${values["partition-rows"]}')`,
        ExitCode.usage,
      );
    }
    const started = Date.now();
    const summary = await publish({
      input: values.input,
      out: values.out,
      policy: values.policy,
      overwrite: values.overwrite,
      ...(partitionRows !== undefined ? { partitionRows } : {}),
      ...(values.config ? { config: readPublishConfig(values.config) } : {}),
      progress: (step) => {
        if (io.interactive) io.stderr(`… ${step}\n`);
      },
    });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    io.stdout(
      [
        `Published to ${summary.out} (policy ${summary.policy}) in ${seconds} s`,
        `  rows read        ${summary.rowsRead} = accepted ${summary.rowsAccepted} + rejected ${summary.rowsRejected}`,
        `  enrolments       ${summary.accounting.principal.input} = principal ${summary.accounting.principal.principal} + secondary ${summary.accounting.principal.secondary} + excluded (CPGE doubles) ${summary.accounting.principal.excluded}`,
        `  students         ${summary.students} = ${summary.accounting.cohorts.inPublishedCohorts} in published cohorts + ${summary.accounting.cohorts.inMaskedCohorts} in masked cohorts`,
        `  cohorts          ${summary.cohorts} (${summary.maskedCohorts} masked, count < k)`,
        `  tables           ${summary.tables}`,
        `  suppressed cells ${summary.primarySuppressions} primary + ${summary.secondarySuppressions} secondary`,
        `  LP audit         ${summary.auditPassed ? "passed: no suppressed cell can be recomputed" : "FAILED"}`,
        `  files            ${summary.files.length}: ${summary.files.filter((file) => !file.startsWith("schemas/")).join(", ")}`,
        "",
      ].join("\n"),
    );
    return ExitCode.ok;
  },
};
