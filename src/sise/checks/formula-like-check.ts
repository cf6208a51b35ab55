import pl from "nodejs-polars";
import type { RowCheck } from "./row-check.js";

/**
 * Warns about values that a spreadsheet would run as a formula: starting with `=`, `+`, `@`, a
 * tab or carriage return, or `-` not followed by a digit (so `-1` stays fine). Rows are kept; the
 * toolkit's exports neutralise such cells.
 *
 * @example
 * formulaLikeCheck("nation");
 */
export function formulaLikeCheck(column: string): RowCheck {
  return {
    code: "formula-like-value",
    column,
    severity: "warn",
    bad: pl.col(column).str.contains("^([=+@\\t\\r]|-[^0-9.])"),
    message: "the value looks like a spreadsheet formula",
    hint: "check where it comes from; it is kept as text and neutralised (prefixed with ') in exported CSV files",
  };
}
