import pl from "nodejs-polars";
import type { RawTable } from "../raw-table.js";
import type { SiseColumnSpec } from "../schema.js";
import { fieldCountCheck } from "./field-count-check.js";
import { integerCheck } from "./integer-check.js";
import { missingValueCheck } from "./missing-value-check.js";
import { rangeCheck } from "./range-check.js";
import type { RowCheck } from "./row-check.js";

/**
 * The checks every column spec declares by itself: a required value, an integer type, a range.
 * Shared by the readers of every source (SISE, BPBAC) so their columns are checked alike.
 *
 * @example
 * columnSpecChecks(INSCRIPTION_COLUMNS).map((c) => c.code); // ["missing-value", "not-an-integer", …]
 */
export function columnSpecChecks(specs: readonly SiseColumnSpec[]): RowCheck[] {
  const checks: RowCheck[] = [];
  for (const spec of specs) {
    if (spec.required) checks.push(missingValueCheck(spec));
    if (spec.dtype === "Int32") checks.push(integerCheck(spec));
    if (spec.range) checks.push(rangeCheck({ ...spec, range: spec.range }));
  }
  return checks;
}

/**
 * Puts the field-count check first for a CSV file and runs the other checks on well-formed rows
 * only: a row with the wrong number of fields has its values in the wrong columns, so that is the
 * one problem to report for it. Parquet files are returned unchanged.
 *
 * @example
 * withFieldCountCheck(raw, checks); // [fieldCountCheck(n), …checks on well-formed rows]
 */
export function withFieldCountCheck(raw: RawTable, checks: RowCheck[]): RowCheck[] {
  if (raw.file.format !== "csv") return checks;
  const wellFormed = pl.col("__fields").eq(pl.lit(raw.expectedFields));
  return [fieldCountCheck(raw.expectedFields), ...checks.map((c) => ({ ...c, bad: c.bad.and(wellFormed) }))];
}
