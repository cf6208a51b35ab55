import pl from "nodejs-polars";
import { PCSPAR_TO_ORIGINE_SOCIALE } from "../codes/origine-sociale.js";

/**
 * A polars expression turning the parent's PCS into the origine sociale code (`ORI01`…`ORI05`),
 * with the toolkit's documented mapping `PCSPAR_TO_ORIGINE_SOCIALE`. Null or unmapped PCS →
 * `ORI05` (non-réponse). Aliased `origine_sociale`.
 *
 * @param column the PCS column; default `"pcspar"`
 * @example
 * inscriptions.withColumns(origineSocialeExpr());
 */
export function origineSocialeExpr(column = "pcspar"): pl.Expr {
  const codes = Object.keys(PCSPAR_TO_ORIGINE_SOCIALE);
  const groups = Object.values(PCSPAR_TO_ORIGINE_SOCIALE) as string[];
  return pl
    .col(column)
    .cast(pl.Utf8)
    .replaceStrict(codes, groups, "ORI05", pl.Utf8)
    .fillNull(pl.lit("ORI05"))
    .alias("origine_sociale");
}
