import pl from "nodejs-polars";
import { AGE_BAC_ON_TIME } from "../codes/age-bac.js";

/**
 * A polars expression for the âge au bac category (`R0`, `R1`, `R2`, `R4`) from `anbac`,
 * `annais` and `bac_rgrp` (rule in `AGE_BAC`): bac professionnel → `R4`; no bac (`anbac = -1`),
 * missing years or `anbac − annais < 10` → null; else `R0` up to 18, `R1` at 19, `R2` beyond.
 * Aliased `age_bac`.
 *
 * @example
 * inscriptions.withColumns(ageBacExpr());
 */
export function ageBacExpr(): pl.Expr {
  const age = pl.col("anbac").cast(pl.Int32).minus(pl.col("annais").cast(pl.Int32));
  return pl
    .when(pl.col("bac_rgrp").eq(pl.lit("6")))
    .then(pl.lit("R4"))
    .when(
      pl
        .col("anbac")
        .eq(pl.lit(-1))
        .or(age.isNull())
        .or(age.lt(pl.lit(10))),
    )
    .then(pl.lit(null).cast(pl.Utf8))
    .when(age.ltEq(pl.lit(AGE_BAC_ON_TIME)))
    .then(pl.lit("R0"))
    .when(age.eq(pl.lit(AGE_BAC_ON_TIME + 1)))
    .then(pl.lit("R1"))
    .otherwise(pl.lit("R2"))
    .alias("age_bac");
}
