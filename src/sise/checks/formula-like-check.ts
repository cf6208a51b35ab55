import pl from "nodejs-polars";
import { messages } from "../../core/i18n/messages.js";
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
    message: messages().sise.checks.formulaLike,
    hint: messages().sise.checks.formulaLikeHint,
  };
}
