import pl from "nodejs-polars";
import { messages } from "../../core/i18n/messages.js";
import type { RowCheck } from "./row-check.js";

const CHECK_LETTERS = "abcdefghjklmnprstuvwxyz";

/**
 * Flags values that are not a UAI: 7 digits and the check letter `"abcdefghjklmnprstuvwxyz"[digits
 * % 23]` (case-insensitive, as in `isValidUai`). Rejects for `etabli` (every row must belong to a
 * known establishment), warns for `compos`.
 *
 * @param column `"etabli"` or `"compos"`
 * @param severity default `"reject"`
 * @example
 * uaiCheck("etabli");
 */
export function uaiCheck(column: string, severity: RowCheck["severity"] = "reject"): RowCheck {
  const raw = pl.col(column);
  const letter = raw.str
    .slice(0, 7)
    .cast(pl.Int64, false)
    .modulo(pl.lit(23))
    .cast(pl.Int64)
    .cast(pl.Utf8)
    .replaceStrict(
      [...CHECK_LETTERS].map((_, i) => String(i)),
      [...CHECK_LETTERS],
      "_",
      pl.Utf8,
    );
  const wellFormed = raw.str.contains("^[0-9]{7}[A-Za-z]$");
  const rightLetter = raw.str.slice(7, 1).str.toLowerCase().eq(letter);
  return {
    code: "invalid-uai",
    column,
    severity,
    bad: raw.isNotNull().and(wellFormed.and(rightLetter).fillNull(false).not()),
    message: messages().sise.checks.uai(column),
    hint: messages().sise.checks.uaiHint,
  };
}
