import pl from "nodejs-polars";
import { BAC_RGRP_TO_SERIE_GROUP } from "../codes/serie-bac-group.js";

/**
 * A polars expression for the bac family (`general`, `techno`, `pro`, `autre`) from `bac_rgrp`
 * (mapping `BAC_RGRP_TO_SERIE_GROUP`); unknown or null codes → `autre`. Aliased `serie_bac_group`.
 *
 * @param column the bac group column; default `"bac_rgrp"`
 * @example
 * inscriptions.withColumns(serieBacGroupExpr());
 */
export function serieBacGroupExpr(column = "bac_rgrp"): pl.Expr {
  const codes = Object.keys(BAC_RGRP_TO_SERIE_GROUP);
  const groups = Object.values(BAC_RGRP_TO_SERIE_GROUP) as string[];
  return pl
    .col(column)
    .cast(pl.Utf8)
    .replaceStrict(codes, groups, "autre", pl.Utf8)
    .fillNull(pl.lit("autre"))
    .alias("serie_bac_group");
}
