import pl from "nodejs-polars";
import { messages } from "../../core/i18n/messages.js";
import type { RowCheck } from "../../sise/checks/row-check.js";
import { RESULTAT_ETAPE } from "../step-result-codes.js";

/**
 * Reports (never rejects) a result code outside {@link RESULTAT_ETAPE}: establishments define
 * their own codes, and an unknown one does not make the enrolment wrong.
 *
 * @example
 * stepResultCheck("resultat_s1"); // warns on "XYZ"
 */
export function stepResultCheck(column: string): RowCheck {
  const text = messages().linkage.checks;
  return {
    code: "unknown-result",
    column,
    severity: "warn",
    bad: pl
      .col(column)
      .isIn(pl.lit(pl.Series("codes", Object.keys(RESULTAT_ETAPE), pl.Utf8)))
      .not(),
    message: text.unknownResult,
    hint: text.unknownResultHint,
  };
}
