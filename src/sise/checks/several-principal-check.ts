import pl from "nodejs-polars";
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
    message: "several principal enrolments (inspr = O) for one student in one rentrée",
    hint: "mark the secondary enrolments inspr = N in the source; the toolkit will keep the highest diploma",
  };
}
