import pl from "nodejs-polars";
import { messages } from "../../core/i18n/messages.js";
import type { RowCheck } from "../../sise/checks/row-check.js";

const ISO = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";
const FRENCH = "^(0[1-9]|[12][0-9]|3[01])/(0[1-9]|1[0-2])/[0-9]{4}$";

/**
 * Rejects a date that is neither `AAAA-MM-JJ` nor `JJ/MM/AAAA` (both are what Apogée and Pégase
 * exports hold); empty cells are fine.
 *
 * @example
 * dateCheck("date_abandon"); // bad on "2023-13-01", "1er mars"
 */
export function dateCheck(column: string): RowCheck {
  const text = messages().linkage.checks;
  const value = pl.col(column).str.strip();
  return {
    code: "bad-date",
    column,
    severity: "reject",
    bad: value.str.contains(ISO).or(value.str.contains(FRENCH)).not(),
    message: text.badDate,
    hint: text.badDateHint,
  };
}

/**
 * A date column as ISO text `AAAA-MM-JJ`: `JJ/MM/AAAA` is rewritten, anything else kept as is.
 *
 * @example
 * frame.withColumns(isoDate("date_inscription"));
 */
export function isoDate(column: string): pl.Expr {
  const value = pl.col(column).str.strip();
  return pl
    .when(value.str.contains(FRENCH))
    .then(pl.concatString([value.str.slice(6, 4), value.str.slice(3, 2), value.str.slice(0, 2)], "-"))
    .otherwise(value)
    .alias(column);
}
