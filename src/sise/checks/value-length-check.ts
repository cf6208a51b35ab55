import pl from "nodejs-polars";
import { messages } from "../../core/i18n/messages.js";
import type { RowCheck } from "./row-check.js";

/** Longest value a SISE field may hold; longer ones are corrupt lines or pasted text. */
const MAX_VALUE_LENGTH = 1000;

/**
 * Rejects rows where a column holds an extremely long value (over {@link MAX_VALUE_LENGTH}
 * characters), typically a broken line or a missing line break.
 *
 * @example
 * valueLengthCheck("diplom");
 */
export function valueLengthCheck(column: string): RowCheck {
  return {
    code: "value-too-long",
    column,
    severity: "reject",
    bad: pl.col(column).str.slice(MAX_VALUE_LENGTH, 1).neq(pl.lit("")),
    message: messages().sise.checks.valueLength(MAX_VALUE_LENGTH),
    hint: messages().sise.checks.valueLengthHint,
  };
}
