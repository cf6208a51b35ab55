import pl from "nodejs-polars";
import { messages } from "../../core/i18n/messages.js";
import type { RowCheck } from "../../sise/checks/row-check.js";

/**
 * Rejects INEs that are not 11 letters or digits once trimmed and upper-cased: such a value can
 * never hash to a SISE id, so linking would silently lose the row.
 *
 * @example
 * inePatternCheck(); // bad on "12345", "1234567890 A", "" is left to the required-value check
 */
export function inePatternCheck(): RowCheck {
  const text = messages().linkage.checks;
  return {
    code: "ine-malformed",
    column: "ine",
    severity: "reject",
    bad: pl.col("ine").str.strip().str.toUpperCase().str.contains("^[0-9A-Z]{11}$").not(),
    message: text.ineMalformed,
    hint: text.ineHint,
  };
}
