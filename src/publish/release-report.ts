import type { DisclosurePolicy } from "../disclosure/gate/disclosure-policy.js";
import type { DisclosureReport } from "../disclosure/gate/disclosure-report.js";
import type { ReleasedFrame } from "../disclosure/gate/released-frame.js";
import type { ReleasedTable } from "./release-table.js";

/** One released file in `disclosure-report.json`: the gate's verdicts it comes from and their rules. */
export interface ReleasedFileEntry {
  file: string;
  passed: boolean;
  /** Rules applied to the file (`k-masking`, `differencing`, `lp-audit`…). */
  rules: string[];
  /** Sources of the verdicts, as named in `tables` (`flux.csv (rentrée 2019)`…). */
  verdicts: string[];
}

/**
 * `disclosure-report.json` (format `oraccle-publication-report/2`): the policy, the verdict,
 * every released file (the CSV tables, and the other gated files such as `utilite.json`, named by
 * the source of their verdict) with its rules and verdicts, and every report of the gate. No time
 * stamp, no sensitive value.
 *
 * @example
 * writeFileSync("disclosure-report.json", `${JSON.stringify(releaseReport(policy, tables, reports), null, 2)}\n`);
 */
export function releaseReport(
  policy: DisclosurePolicy,
  tables: readonly ReleasedTable[],
  reports: readonly DisclosureReport[],
  otherFiles: readonly ReleasedFrame[] = [],
) {
  const entry = (file: string, released: ReleasedFrame): ReleasedFileEntry => ({
    file,
    passed: released.reports.every((report) => report.passed),
    rules: [...new Set(released.reports.flatMap((report) => report.checks.map((check) => check.rule)))],
    verdicts: [...new Set(released.reports.map((report) => report.source))],
  });
  const files: ReleasedFileEntry[] = [
    ...tables.map((table) => entry(table.path, table.released)),
    ...otherFiles.map((released) => entry(released.reports[0]?.source ?? "(file)", released)),
  ];
  return {
    format: "oraccle-publication-report/2",
    policy: { name: policy.name, description: policy.description },
    passed: reports.every((report) => report.passed) && files.every((file) => file.passed),
    files: files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
    tables: reports,
  };
}
