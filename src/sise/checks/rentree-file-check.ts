import pl from "nodejs-polars";
import { integerValue, type RowCheck } from "./row-check.js";

/**
 * Warns about rows whose `rentree` is not the year of their file (`inscri22` holds rentrée 2022):
 * a mislabelled file or a mixed export would otherwise create duplicates.
 *
 * @param fileRentree the rentrée the file name announces
 * @example
 * rentreeFileCheck(2022);
 */
export function rentreeFileCheck(fileRentree: number): RowCheck {
  return {
    code: "rentree-not-file-year",
    column: "rentree",
    severity: "warn",
    bad: integerValue("rentree").neq(pl.lit(fileRentree)),
    message: `rentree differs from the year of the file name (${fileRentree})`,
    hint: "check that the file holds a single rentrée and is named after it",
  };
}
