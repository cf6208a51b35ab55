import pl from "nodejs-polars";
import { messages } from "../../core/i18n/messages.js";
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
    message: messages().sise.checks.stableAttribute(column),
    hint: messages().sise.checks.stableAttributeHint,
  };
}
