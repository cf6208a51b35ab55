import pl from "nodejs-polars";
import { DISCIPLI } from "../codes/discipli.js";

/** Diploma types taught in IUTs, whose groupe is IUT secondaire (7) or tertiaire (8). */
export const IUT_TYP_DIPL = ["CB", "DR", "CE"] as const;

/**
 * A polars expression deriving the groupe disciplinaire from `discipli` (and `typ_dipl`), for
 * extracts that lack `groupe`: the `DISCIPLI` roll-up, except that DUT/BUT enrolments (`CB`,
 * `DR`, `CE`) go to `7` IUT secondaire when the discipline is a science (grande discipline SI or
 * STAPS) and to `8` IUT tertiaire otherwise — the toolkit's reading of the BCN labels. Unknown
 * disciplines give null. Aliased `groupe`.
 *
 * @example
 * inscriptions.withColumns(groupeFromDiscipliExpr());
 */
export function groupeFromDiscipliExpr(): pl.Expr {
  const entries = Object.entries(DISCIPLI);
  const codes = entries.map(([code]) => code);
  const discipli = pl.col("discipli").cast(pl.Utf8);
  const general = discipli.replaceStrict(
    codes,
    entries.map(([, info]) => info.groupe ?? "_"),
    "_",
    pl.Utf8,
  );
  const secondaire = entries
    .filter(([, info]) => info.gd_discipline === "SI" || info.gd_discipline === "STAPS")
    .map(([code]) => code);
  const groupe = pl
    .when(
      pl
        .col("typ_dipl")
        .isIn(pl.lit(pl.Series([...IUT_TYP_DIPL])))
        .and(discipli.isIn(pl.lit(pl.Series(codes)))),
    )
    .then(
      pl
        .when(discipli.isIn(pl.lit(pl.Series(secondaire))))
        .then(pl.lit("7"))
        .otherwise(pl.lit("8")),
    )
    .otherwise(general);
  return pl
    .when(groupe.eq(pl.lit("_")))
    .then(pl.lit(null).cast(pl.Utf8))
    .otherwise(groupe)
    .alias("groupe");
}

/**
 * A polars expression deriving `gd_discipline` from `discipli` with the `DISCIPLI` roll-up
 * (null for 88, 90 and unknown codes). Aliased `gd_discipline`.
 *
 * @example
 * inscriptions.withColumns(gdDisciplineFromDiscipliExpr());
 */
export function gdDisciplineFromDiscipliExpr(): pl.Expr {
  const entries = Object.entries(DISCIPLI);
  const gd = pl
    .col("discipli")
    .cast(pl.Utf8)
    .replaceStrict(
      entries.map(([code]) => code),
      entries.map(([, info]) => info.gd_discipline ?? "_"),
      "_",
      pl.Utf8,
    );
  return pl
    .when(gd.eq(pl.lit("_")))
    .then(pl.lit(null).cast(pl.Utf8))
    .otherwise(gd)
    .alias("gd_discipline");
}
