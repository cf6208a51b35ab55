import pl from "nodejs-polars";
import { messages } from "../../core/i18n/messages.js";
import { integerValue, type RowCheck } from "./row-check.js";

/**
 * Warns about rows whose `rentree` is not the year of their file (`inscri22` holds rentrée 2022):
 * a mislabelled file or a mixed export would otherwise create duplicates. The frame carries the
 * year of its file name in `__file_rentree`, so the same rule serves every year.
 *
 * @example
 * rentreeFileCheck();
 */
export function rentreeFileCheck(): RowCheck {
  return {
    code: "rentree-not-file-year",
    column: "rentree",
    severity: "warn",
    bad: integerValue("rentree").neq(pl.col("__file_rentree")),
    value: pl.concatString(
      [
        pl.col("rentree"),
        pl.lit("(file name says"),
        pl.concatString([pl.col("__file_rentree").cast(pl.Utf8), pl.lit(")")], ""),
      ],
      " ",
    ),
    message: messages().sise.checks.rentreeFile,
    hint: messages().sise.checks.rentreeFileHint,
  };
}
