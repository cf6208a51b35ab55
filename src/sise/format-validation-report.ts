import { formatInputProblem } from "../core/errors.js";
import { type CodeListName, codeLabel, SISE_CODE_LISTS } from "./code-lists.js";
import type { RowAccounting, ValidationIssue, ValidationReport } from "./validation-report.js";

/**
 * Renders a validation report as plain text for a terminal (English messages, French code
 * labels): files and how they were read, row accounting, errors (rejected rows) and warnings
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
  const out: string[] = [];
  out.push(`SISE extract: ${report.input}`);
  out.push(`Files (${report.files.length}):`);
  const width = Math.max(...report.files.map((f) => f.file.length));
  for (const f of report.files) {
    const how =
      f.format === "csv" ? `csv '${f.delimiter}' ${f.encoding}${f.bom ? " with BOM" : ""}` : "parquet";
    out.push(`  ${f.file.padEnd(width)}  ${how.padEnd(30)} ${accounting(f)}`);
  }
  out.push(`Inscriptions: ${accounting(report.totals.inscriptions)}`);
  out.push(`Résultats:    ${accounting(report.totals.resultats)}`);
  out.push(`Total:        ${accounting(report.totals.all)}`);

  for (const severity of ["error", "warning"] as const) {
    const groups = groupIssues(report.issues.filter((i) => i.severity === severity));
    if (groups.length === 0) continue;
    out.push("");
    out.push(severity === "error" ? "Errors (rows rejected):" : "Warnings (rows kept):");
    for (const group of groups) {
      const first = group[0]!;
      const count = group.reduce((n, i) => n + i.count, 0);
      const where = group.some((i) => i.file === undefined)
        ? first.source
        : group.map((i) => (group.length > 1 ? `${i.file} (${i.count})` : i.file)).join(", ");
      out.push(
        `  [${first.code}] ${where}: ${count} row${count > 1 ? "s" : ""} — ${first.message}. ${first.hint}`,
      );
      const examples = group.flatMap((i) => i.examples).slice(0, maxExamples(report));
      for (const example of examples) out.push(`    ${formatInputProblem(first.message, example)}`);
      if (count > examples.length) out.push(`    … and ${count - examples.length} more`);
    }
  }
  if (report.unknownCodes.length > 0) {
    out.push("");
    out.push("Unknown codes (value: rows):");
    for (const u of report.unknownCodes) {
      const known = Object.keys(SISE_CODE_LISTS[u.codeList as CodeListName] ?? {});
      const sample = known
        .slice(0, 6)
        .map((code) => `${code} ${codeLabel(u.codeList as CodeListName, code) ?? ""}`.trim())
        .join(", ");
      out.push(
        `  ${u.column} '${u.code}': ${u.count} (${u.files.join(", ")}); expected one of: ${sample}${known.length > 6 ? ", …" : ""}`,
      );
    }
  }
  if (report.notices.length > 0) {
    out.push("");
    out.push("Notices:");
    for (const n of report.notices) out.push(`  ${n.file ? `${n.file}: ` : ""}${n.message}`);
  }
  out.push("");
  const { rowsRejected } = report.totals.all;
  const warnings = report.issues.filter((i) => i.severity === "warning").length;
  out.push(
    report.ok
      ? `OK: every row accepted${warnings ? ` (${warnings} kind${warnings > 1 ? "s" : ""} of warning to review)` : ""}.`
      : `FAILED: ${rowsRejected} row${rowsRejected > 1 ? "s" : ""} rejected; fix them in the source extract (${
          options.rejectsFile !== undefined
            ? `every one is listed in ${options.rejectsFile}`
            : "rerun with --rejects FILE to list every one"
        }).`,
  );
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
  return `read ${counts.rowsRead} = accepted ${counts.rowsAccepted} + rejected ${counts.rowsRejected}`;
}
