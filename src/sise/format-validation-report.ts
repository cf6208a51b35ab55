import { formatInputProblem } from "../core/errors.js";
import { messages } from "../core/i18n/messages.js";
import { type CodeListName, codeLabel, SISE_CODE_LISTS } from "./code-lists.js";
import type { RowAccounting, ValidationIssue, ValidationReport } from "./validation-report.js";

/**
 * Renders a validation report as plain text for a terminal, in the user's language (see
 * `messages()`; code labels are French): files and how they were read, row accounting, errors (rejected rows) and warnings
 * with located examples (`file:line, column 'c', value 'v': problem. what to do`), unknown
 * codes with counts, notices, and a one-line verdict.
 *
 * @param report the report of `readSise`/`validateSise`
 * @param options `rejectsFile`: where the rejected rows were written, named in the verdict
 *
 * @example
 * console.log(formatValidationReport(validateSise("extract/")));
 */
export function formatValidationReport(
  report: ValidationReport,
  options: { rejectsFile?: string | undefined } = {},
): string {
  const text = messages().sise.report;
  const out: string[] = [];
  out.push(text.title(report.input));
  out.push(text.files(report.files.length));
  const width = Math.max(...report.files.map((f) => f.file.length));
  for (const f of report.files) {
    const how =
      f.format === "csv" ? text.csv(f.delimiter ?? "", f.encoding ?? "", f.bom === true) : "parquet";
    out.push(`  ${f.file.padEnd(width)}  ${how.padEnd(30)} ${accounting(f)}`);
  }
  out.push(`${text.inscriptions} ${accounting(report.totals.inscriptions)}`);
  out.push(`${text.resultats} ${accounting(report.totals.resultats)}`);
  out.push(`${text.total} ${accounting(report.totals.all)}`);

  for (const severity of ["error", "warning"] as const) {
    const groups = groupIssues(report.issues.filter((i) => i.severity === severity));
    if (groups.length === 0) continue;
    out.push("");
    out.push(severity === "error" ? text.errors : text.warnings);
    for (const group of groups) {
      const first = group[0]!;
      const count = group.reduce((n, i) => n + i.count, 0);
      const where = group.some((i) => i.file === undefined)
        ? first.source
        : group.map((i) => (group.length > 1 ? `${i.file} (${i.count})` : i.file)).join(", ");
      out.push(
        `  [${first.code}] ${where}${messages().errors.colon}${text.rows(count)} — ${first.message}. ${first.hint}`,
      );
      const examples = group.flatMap((i) => i.examples).slice(0, maxExamples(report));
      for (const example of examples) out.push(`    ${formatInputProblem(first.message, example)}`);
      if (count > examples.length) out.push(`    ${text.more(count - examples.length)}`);
    }
  }
  if (report.unknownCodes.length > 0) {
    out.push("");
    out.push(text.unknownCodes);
    for (const u of report.unknownCodes) {
      const known = Object.keys(SISE_CODE_LISTS[u.codeList as CodeListName] ?? {});
      const sample = known
        .slice(0, 6)
        .map((code) => `${code} ${codeLabel(u.codeList as CodeListName, code) ?? ""}`.trim())
        .join(", ");
      out.push(
        `  ${text.unknownCode(u.column, u.code, u.count, u.files, `${sample}${known.length > 6 ? ", …" : ""}`)}`,
      );
    }
  }
  if (report.notices.length > 0) {
    out.push("");
    out.push(text.notices);
    for (const n of report.notices)
      out.push(`  ${n.file ? `${n.file}${messages().errors.colon}` : ""}${n.message}`);
  }
  out.push("");
  const { rowsRejected } = report.totals.all;
  const warnings = report.issues.filter((i) => i.severity === "warning").length;
  out.push(report.ok ? text.ok(warnings) : text.failed(rowsRejected, options.rejectsFile));
  return `${out.join("\n")}\n`;
}

/** Issues of the same rule, column and message across files, in first-seen order. */
function groupIssues(issues: ValidationIssue[]): ValidationIssue[][] {
  const groups = new Map<string, ValidationIssue[]>();
  for (const issue of issues) {
    const key = [issue.source, issue.code, issue.column ?? "", issue.message].join("\u0000");
    const group = groups.get(key) ?? [];
    group.push(issue);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** As many examples as one issue carries at most (the reader's `maxExamples`). */
function maxExamples(report: ValidationReport): number {
  return Math.max(1, ...report.issues.map((i) => i.examples.length));
}

function accounting(counts: RowAccounting): string {
  return messages().sise.report.accounting(counts.rowsRead, counts.rowsAccepted, counts.rowsRejected);
}
