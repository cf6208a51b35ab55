import pl from "nodejs-polars";
import type { InputLocation } from "../core/errors.js";
import type { RowCheck } from "./checks/row-check.js";
import type { CheckedSource } from "./list-sise-files.js";
import type { ValidationIssue } from "./validation-report.js";

/**
 * What {@link evaluateChecks} found on one frame.
 *
 * @example
 * const { accepted, rejects, issues } = evaluateChecks(frame, checks, "inscriptions", 5);
 */
export interface CheckOutcome {
  /** Rows no `reject` rule flagged (check columns removed). */
  accepted: pl.DataFrame;
  /** Number of rows some `reject` rule flagged. */
  rejectedRows: number;
  /** One row per rejected row and failed rule ({@link REJECT_COLUMNS}). */
  rejects: pl.DataFrame;
  /** One issue per rule that flagged at least one row. */
  issues: ValidationIssue[];
  /** Counts of each unknown value, per column, for `unknown-code` rules. */
  unknownCodes: { column: string; code: string; count: number }[];
}

/**
 * An empty rejects table with the right columns and types.
 *
 * @example
 * emptyRejects().columns; // ["file", "line", "column", "value", "reason", "message"]
 */
export function emptyRejects(): pl.DataFrame {
  return pl.DataFrame({
    file: pl.Series("file", [], pl.Utf8),
    line: pl.Series("line", [], pl.Int32),
    column: pl.Series("column", [], pl.Utf8),
    value: pl.Series("value", [], pl.Utf8),
    reason: pl.Series("reason", [], pl.Utf8),
    message: pl.Series("message", [], pl.Utf8),
  });
}

/**
 * Rules with their polars expressions built once. Building a nodejs-polars expression is costly
 * (each wrapper holds hundreds of closures), so the reader prepares the rules of a kind of file
 * once and reuses them for every year.
 *
 * @example
 * const prepared = prepareChecks([missingValueCheck(spec)]);
 */
export interface PreparedChecks {
  checks: readonly RowCheck[];
  /** Per rule: the flag column (`__checkN`, true = bad, never null). */
  flags: pl.Expr[];
  /** Per rule: the number of bad rows. */
  counts: pl.Expr[];
  /** Per rule: the value to report, as text, aliased `__value`. */
  values: pl.Expr[];
  /** Per rule: its flag column. */
  selectors: pl.Expr[];
  /** Whether some `reject` rule flags the row; null when no rule rejects. */
  rejected: pl.Expr | null;
}

/**
 * Builds the expressions of a list of rules once (see {@link PreparedChecks}).
 *
 * @example
 * evaluateChecks(frame, prepareChecks(checks), "inscriptions", 5);
 */
export function prepareChecks(checks: readonly RowCheck[]): PreparedChecks {
  const names = checks.map((_, i) => `__check${i}`);
  const rejectNames = names.filter((_, i) => checks[i]!.severity === "reject");
  return {
    checks,
    flags: checks.map((c, i) => c.bad.fillNull(false).alias(names[i]!)),
    counts: names.map((name) => pl.col(name).cast(pl.Int64).sum().alias(name)),
    values: checks.map((c) =>
      (c.value ?? (c.column ? pl.col(c.column) : pl.lit(null))).cast(pl.Utf8).alias("__value"),
    ),
    selectors: names.map((name) => pl.col(name)),
    rejected: rejectNames.length ? pl.anyHorizontal(rejectNames.map((n) => pl.col(n))) : null,
  };
}

/**
 * Applies rules to a frame carrying `__file` and `__line`: evaluates every rule's expression in
 * one pass, splits accepted from rejected rows, and summarises each rule with a count and the
 * first `maxExamples` located rows.
 *
 * @param frame rows to check, with `__file` and `__line`
 * @param prepared rules to apply, from {@link prepareChecks}
 * @param source which SISE source the rows come from (for the issues)
 * @param maxExamples located examples kept per issue
 * @param file set on the issues when the frame holds a single file
 * @example
 * evaluateChecks(raw, prepareChecks([missingValueCheck(spec)]), "inscriptions", 5, "inscri22.csv");
 */
export function evaluateChecks(
  frame: pl.DataFrame,
  prepared: PreparedChecks,
  source: CheckedSource,
  maxExamples: number,
  file?: string,
): CheckOutcome {
  const { checks } = prepared;
  const flagNames = checks.map((_, i) => `__check${i}`);
  const flagged = checks.length ? frame.withColumns(...prepared.flags) : frame;
  const counts = checks.length
    ? (flagged.select(...prepared.counts).toRecords()[0] as Record<string, number>)
    : {};
  const issues: ValidationIssue[] = [];
  const rejectParts: pl.DataFrame[] = [];
  const unknownCodes: CheckOutcome["unknownCodes"] = [];
  checks.forEach((check, i) => {
    const name = flagNames[i]!;
    const count = Number(counts[name] ?? 0);
    if (count === 0) return;
    // The value is computed on the whole frame first: window rules (duplicates…) need every row.
    const bad = flagged.withColumns(prepared.values[i]!).filter(prepared.selectors[i]!);
    const examples = bad
      .head(maxExamples)
      .select("__file", "__line", "__value")
      .toRecords()
      .map(
        (row): InputLocation => ({
          file: String(row.__file),
          line: Number(row.__line),
          ...(check.column !== undefined ? { column: check.column } : {}),
          ...(row.__value !== null && row.__value !== undefined ? { value: String(row.__value) } : {}),
        }),
      );
    issues.push({
      code: check.code,
      severity: check.severity === "reject" ? "error" : "warning",
      source,
      ...(file !== undefined ? { file } : {}),
      ...(check.column !== undefined ? { column: check.column } : {}),
      count,
      message: check.message,
      hint: check.hint,
      examples,
    });
    if (check.severity === "reject") {
      rejectParts.push(
        bad.select(
          pl.col("__file").cast(pl.Utf8).alias("file"),
          pl.col("__line").cast(pl.Int32).alias("line"),
          pl
            .lit(check.column ?? "")
            .cast(pl.Utf8)
            .alias("column"),
          pl.col("__value").alias("value"),
          pl.lit(check.code).cast(pl.Utf8).alias("reason"),
          pl.lit(check.message).cast(pl.Utf8).alias("message"),
        ),
      );
    }
    if (check.code === "unknown-code" && check.column !== undefined) {
      const column = check.column;
      const grouped = bad.groupBy(column).agg(pl.len().alias("__count")).sort(column);
      for (const row of grouped.toRecords()) {
        unknownCodes.push({ column, code: String(row[column]), count: Number(row.__count) });
      }
    }
  });
  let accepted = flagged;
  let rejectedRows = 0;
  if (prepared.rejected !== null) {
    const isRejected = flagged.select(prepared.rejected.alias("__rejected")).getColumn("__rejected");
    rejectedRows = Number(isRejected.cast(pl.Int64).sum());
    if (rejectedRows > 0) accepted = flagged.filter(isRejected.not());
  }
  if (checks.length) accepted = accepted.drop(flagNames);
  const rejects = rejectParts.length ? pl.concat(rejectParts, { how: "vertical" }) : emptyRejects();
  return { accepted, rejectedRows, rejects, issues, unknownCodes };
}
