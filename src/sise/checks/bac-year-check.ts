import pl from "nodejs-polars";
import { messages } from "../../core/i18n/messages.js";
import { integerValue, type RowCheck } from "./row-check.js";

/**
 * Warns when the bac year contradicts the birth year or the rentrée: a bac before age 10 or after
 * the rentrée (`anbac = -1`, no bac, is fine). Kept, because `age_bac` then falls back to unknown.
 *
 * @example
 * bacYearCheck();
 */
export function bacYearCheck(): RowCheck {
  const anbac = integerValue("anbac");
  return {
    code: "incoherent-bac-year",
    column: "anbac",
    severity: "warn",
    bad: anbac.neq(pl.lit(-1)).and(
      anbac
        .minus(integerValue("annais"))
        .lt(pl.lit(10))
        .or(anbac.gt(integerValue("rentree"))),
    ),
    message: messages().sise.checks.bacYear,
    hint: messages().sise.checks.bacYearHint,
  };
}
