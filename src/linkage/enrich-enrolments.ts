import pl from "nodejs-polars";

/** The columns the extract adds to SISE enrolments (what SISE lacks). */
export const ENRICHMENT_COLUMNS = [
  "etape",
  "lib_etape",
  "resultat_s1",
  "resultat_s2",
  "resultat_annee",
  "date_inscription",
  "date_abandon",
] as const;

/**
 * The SISE enrolments of the establishment with what the extract adds, under the precedence rules
 * of docs/linkage.md: SISE says who is enrolled, when, in which diploma; the extract row of the
 * same student (hashed INE), year and diploma adds its étape, semester and year results and dates
 * (latest enrolment date, then first line, when several rows qualify); nothing is attached when
 * the diplomas differ. Adds `abandon_en_cours_d_annee` (a withdrawal date within the academic
 * year) and `liaison`: `appariee`, `conflit_diplome`, `annee_absente_extrait` or
 * `etudiant_absent_extrait`. Sorted by `id_etu`, `rentree`, `diplom`.
 *
 * @param extract accepted extract rows with `id_etu` and `rentree`
 * @param sise SISE enrolments of the establishment in the extract's years
 * @example
 * enrichEnrolments(extract, sise).filter(pl.col("liaison").eq(pl.lit("appariee")));
 */
export function enrichEnrolments(extract: pl.DataFrame, sise: pl.DataFrame): pl.DataFrame {
  const key = ["id_etu", "rentree", "diplom"];
  const chosen = extract
    .sort(
      ["id_etu", "rentree", "diplom", "date_inscription", "ligne"],
      [false, false, false, true, false],
      true,
    )
    .unique({ subset: key, keep: "first", maintainOrder: true })
    .select(...key, ...ENRICHMENT_COLUMNS);
  const pairs = extract.select("id_etu", "rentree").unique().withColumn(pl.lit(true).alias("__pair"));
  const students = extract.select("id_etu").unique().withColumn(pl.lit(true).alias("__student"));
  const withdrawal = pl.col("date_abandon");
  const withdrawalYear = withdrawal.str
    .slice(0, 4)
    .cast(pl.Int32)
    .sub(pl.when(withdrawal.str.slice(5, 2).cast(pl.Int32).lt(9)).then(pl.lit(1)).otherwise(pl.lit(0)));
  return sise
    .join(chosen, { on: key, how: "left" })
    .join(pairs, { on: ["id_etu", "rentree"], how: "left" })
    .join(students, { on: "id_etu", how: "left" })
    .withColumns(
      pl
        .when(pl.col("etape").isNull())
        .then(pl.lit(null).cast(pl.Bool))
        .otherwise(withdrawal.isNotNull().and(withdrawalYear.eq(pl.col("rentree"))))
        .alias("abandon_en_cours_d_annee"),
      pl
        .when(pl.col("etape").isNotNull())
        .then(pl.lit("appariee"))
        .when(pl.col("__pair").isNotNull())
        .then(pl.lit("conflit_diplome"))
        .when(pl.col("__student").isNotNull())
        .then(pl.lit("annee_absente_extrait"))
        .otherwise(pl.lit("etudiant_absent_extrait"))
        .alias("liaison"),
    )
    .drop("__pair", "__student")
    .sort(key);
}
