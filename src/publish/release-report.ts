import type { DisclosurePolicy } from "../disclosure/gate/disclosure-policy.js";
import type { DisclosureReport } from "../disclosure/gate/disclosure-report.js";
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
 * every released CSV with its rules and verdicts, and every report of the gate. No time stamp, no
 * sensitive value.
 *
 * @example
 * writeFileSync("disclosure-report.json", `${JSON.stringify(releaseReport(policy, tables, reports), null, 2)}\n`);
 */
export function releaseReport(
  policy: DisclosurePolicy,
  tables: readonly ReleasedTable[],
  reports: readonly DisclosureReport[],
) {
  const files: ReleasedFileEntry[] = tables.map((table) => ({
    file: table.path,
    passed: table.released.reports.every((report) => report.passed),
    rules: [...new Set(table.released.reports.flatMap((report) => report.checks.map((check) => check.rule)))],
    verdicts: [...new Set(table.released.reports.map((report) => report.source))],
  }));
  return {
    format: "oraccle-publication-report/2",
    policy: { name: policy.name, description: policy.description },
    passed: reports.every((report) => report.passed) && files.every((file) => file.passed),
    files: files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
    tables: reports,
  };
}
