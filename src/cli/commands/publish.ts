import { ExitCode } from "../../core/errors.js";
import { messages } from "../../core/i18n/messages.js";
import { publish } from "../../publish/publish.js";
import { readPublishConfig } from "../../publish/publish-config.js";
import type { PublishSummary } from "../../publish/publish-summary.js";
import { defineCommand } from "../command.js";
import { bpbacFolder, inputFolder, outFolder, policy } from "../options.js";
import { integerOption } from "../parse-option.js";

type PublishOptions = {
  input: string;
  bpbac?: string;
  out: string;
  policy: string;
  config?: string;
  overwrite: boolean;
  partitionRows?: string;
  utility: boolean;
  partitions?: string;
  spillDir?: string;
};

/**
 * `oraccle publish`: the working group's main job (see `publish`). Shows progress on a terminal,
 * then a final summary: rows read and rejected, students, cohorts, suppressed cells, audit result.
 *
 * @example
 * // oraccle publish --input data/sise --bpbac data/bpbac --out out/open-data --policy oraccle-k5
 */
export const publishCommand = defineCommand<PublishOptions>({
  name: "publish",
  options: [
    inputFolder,
    bpbacFolder,
    outFolder,
    { ...policy, default: "oraccle-k5" },
    { name: "config", value: "file" },
    { name: "overwrite", default: false },
    { name: "partition-rows", value: "n" },
    { name: "no-utility" },
    { name: "partitions", value: "n" },
    { name: "spill-dir", value: "folder" },
  ],
  async action(values, io) {
    const partitionRows =
      values.partitionRows === undefined
        ? undefined
        : integerOption("--partition-rows", values.partitionRows, { min: 1 });
    const partitions =
      values.partitions === undefined
        ? undefined
        : integerOption("--partitions", values.partitions, { min: 1, max: 4096 });
    const started = Date.now();
    const summary = await publish({
      input: values.input,
      ...(values.bpbac !== undefined ? { bpbac: values.bpbac } : {}),
      out: values.out,
      policy: values.policy,
      overwrite: values.overwrite,
      utility: values.utility !== false,
      ...(partitionRows !== undefined ? { partitionRows } : {}),
      ...(partitions !== undefined ? { partitions } : {}),
      ...(values.spillDir ? { spillDir: values.spillDir } : {}),
      ...(values.config ? { config: readPublishConfig(values.config) } : {}),
      progress: (step) => {
        if (io.interactive) io.stderr(`… ${step}\n`);
      },
    });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const bpbac = summary.accounting.bpbac;
    io.stdout(
      [
        `Published to ${summary.out} (policy ${summary.policy}) in ${seconds} s`,
        `  rows read        ${summary.rowsRead} = accepted ${summary.rowsAccepted} + rejected ${summary.rowsRejected}`,
        ...(bpbac
          ? [
              messages().cli.sources.bpbacRead(
                values.bpbac!,
                bpbac.rowsRead,
                bpbac.rowsAccepted,
                bpbac.rowsRejected,
              ),
            ]
          : []),
        `  enrolments       ${summary.accounting.principal.input} = principal ${summary.accounting.principal.principal} + secondary ${summary.accounting.principal.secondary} + excluded (CPGE doubles) ${summary.accounting.principal.excluded}`,
        `  students         ${summary.students} = ${summary.accounting.cohorts.inPublishedCohorts} in published cohorts + ${summary.accounting.cohorts.inMaskedCohorts} in masked cohorts`,
        `  cohorts          ${summary.cohorts} (${summary.maskedCohorts} masked, count < k)`,
        `  tables           ${summary.tables}`,
        `  suppressed cells ${summary.primarySuppressions} primary + ${summary.secondarySuppressions} secondary`,
        `  LP audit         ${summary.auditPassed ? "passed: no suppressed cell can be recomputed" : "FAILED"}`,
        ...(summary.utility ? [utilityLine(summary.utility)] : []),
        `  files            ${summary.files.length}: ${summary.files.filter((file) => !file.startsWith("schemas/")).join(", ")}`,
        "",
      ].join("\n"),
    );
    return ExitCode.ok;
  },
});

function utilityLine(u: NonNullable<PublishSummary["utility"]>): string {
  return messages().cli.utility.headline(u.within, u.formations, u.minSize, u.points, u.unusableShare);
}
