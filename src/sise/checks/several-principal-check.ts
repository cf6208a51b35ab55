import pl from "nodejs-polars";
import { messages } from "../../core/i18n/messages.js";
import type { RowCheck } from "./row-check.js";

/**
 * Reports students with more than one principal enrolment (`inspr = O`) in a rentrée; the
 * principal-enrolment stage has to pick one, so it must be visible.
 *
 * @example
 * severalPrincipalCheck();
 */
export function severalPrincipalCheck(): RowCheck {
  const isPrincipal = pl.col("inspr").eq(pl.lit("O"));
  return {
    code: "several-principal-enrolments",
    column: "inspr",
    severity: "warn",
    bad: isPrincipal.and(isPrincipal.cast(pl.Int32).sum().over("id_etu", "rentree").gt(pl.lit(1))),
    message: messages().sise.checks.severalPrincipal,
    hint: messages().sise.checks.severalPrincipalHint,
  };
}
