import pl from "nodejs-polars";
import type { RowCheck } from "./row-check.js";

/**
 * Reports students whose `sexe` or `annais` is not the same on all their enrolments (across
 * years and establishments). Every row of such a student is flagged; nothing is corrected.
 *
 * @param column `"sexe"` or `"annais"`
 * @example
 * stableAttributeCheck("sexe");
 */
export function stableAttributeCheck(column: "sexe" | "annais"): RowCheck {
  return {
    code: `${column}-changes`,
    column,
    severity: "warn",
    bad: pl.col(column).nUnique().over("id_etu").gt(pl.lit(1)),
    message: `${column} differs between enrolments of the same student`,
    hint: "check the source of this student's records; indicators use the value of each enrolment as is",
  };
}
