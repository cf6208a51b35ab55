import pl from "nodejs-polars";
import { requireColumns } from "../core/require-columns.js";
import { EXTRACT_COLUMNS_HINT } from "./columns.js";

/**
 * One row per student with the attributes Oraccle publishes per cohort (oraccle-open-data.md
 * §2): `sexe`, `bac_rgrp`, `anbac`, `bac_spe1`, `bac_spe2` (as recorded in the student's first
 * principal enrolment; columns absent from the input are skipped), `premiereins` and
 * `derniereins` (first and last rentrée of enrolment), `age_premiereins` (first rentrée −
 * `annais`, when `annais` exists) and, when résultats are given, `diplome` (true if any diploma
 * was obtained, `resdip = O`). Sorted by `id_etu`.
 *
 * @example
 * const attributes = studentAttributes(principal, resultats);
 */
export function studentAttributes(principal: pl.DataFrame, resultats?: pl.DataFrame): pl.DataFrame {
  requireColumns(principal, ["id_etu", "rentree"], "studentAttributes(principal)", {
    hint: EXTRACT_COLUMNS_HINT,
  });
  const fixed = ["sexe", "bac_rgrp", "anbac", "bac_spe1", "bac_spe2"].filter((c) =>
    principal.columns.includes(c),
  );
  const aggregations = [
    ...fixed.map((c) => pl.col(c).first().alias(c)),
    pl.col("rentree").min().cast(pl.Int32).alias("premiereins"),
    pl.col("rentree").max().cast(pl.Int32).alias("derniereins"),
  ];
  if (principal.columns.includes("annais")) {
    aggregations.push(
      pl.col("rentree").min().minus(pl.col("annais").first()).cast(pl.Int32).alias("age_premiereins"),
    );
  }
  // Sorted once, so "the first enrolment's value" is `first()` in an order-keeping group-by
  // rather than a sort inside every group (10 times faster; a no-op when already sorted).
  let result = principal
    .lazy()
    .sort(["id_etu", "rentree"], false, true, true)
    .groupBy("id_etu", true)
    .agg(...aggregations);
  if (resultats) {
    const graduates = resultats
      .lazy()
      .filter(pl.col("resdip").eq(pl.lit("O")).fillNull(false))
      .select("id_etu")
      .unique()
      .withColumns(pl.lit(true).alias("diplome"));
    result = result
      .join(graduates, { on: "id_etu", how: "left", maintainOrder: "left" })
      .withColumns(pl.col("diplome").fillNull(false));
  }
  return result.collectSync();
}

/**
 * Result of {@link traceCohorts}.
 *
 * @example
 * const { cohortes, attributes }: TraceCohortResult = traceCohorts(t, a);
 */
export interface TraceCohortResult {
  /**
   * One row per distinct trace: `cohorteid` (1…N in the text order of the traces: an id says
   * nothing of the cohort's size, so it can be published next to a masked count), `trace`,
   * `effectif` (students), `diplomes` (students with a diploma when the attributes carry
   * `diplome`, else null). Sorted by `cohorteid`.
   */
  cohortes: pl.DataFrame;
  /**
   * Attribute distribution per cohort, long: `cohorteid`, `attribute` (column name), `value`
   * (as text; null kept as null), `effectif`. Sorted by `cohorteid`, `attribute`, `value`.
   */
  attributes: pl.DataFrame;
}

/**
 * Groups students with identical traces into Oraccle cohorts with their counts and attribute
 * distributions (the `cohortes.csv` and `cohorte_<attribute>.csv` files of the Oraccle open
 * data). `attributes` is one row per `id_etu` (see {@link studentAttributes}); every column other
 * than `id_etu` and `diplome` is described. Students without attributes still count in
 * `effectif`. Counts are NOT masked: Oraccle's k = 5 rule belongs to the disclosure gate. The
 * one cohort builder: the `trajectories` command and the open-data release both use it.
 *
 * @example
 * const { cohortes, attributes } = traceCohorts(traces(principal), studentAttributes(principal, resultats));
 */
export function traceCohorts(traces: pl.DataFrame, attributes: pl.DataFrame): TraceCohortResult {
  requireColumns(traces, ["id_etu", "trace"], "traceCohorts(traces)", { hint: EXTRACT_COLUMNS_HINT });
  requireColumns(attributes, ["id_etu"], "traceCohorts(attributes)", { hint: EXTRACT_COLUMNS_HINT });
  const hasDiplome = attributes.columns.includes("diplome");
  const described = attributes.columns.filter((c) => c !== "id_etu" && c !== "diplome");
  const students = traces.select("id_etu", "trace").join(attributes, { on: "id_etu", how: "left" });
  const cohortes = students
    .lazy()
    .groupBy("trace")
    .agg(
      pl.len().cast(pl.Int64).alias("effectif"),
      (hasDiplome ? pl.col("diplome").fillNull(false).sum() : pl.lit(null)).cast(pl.Int64).alias("diplomes"),
    )
    .sort("trace")
    .collectSync()
    .withRowIndex("cohorteid", 1)
    .select(pl.col("cohorteid").cast(pl.Int32), "trace", "effectif", "diplomes");

  const withIds = students.join(cohortes.select("trace", "cohorteid"), { on: "trace", how: "left" });
  const parts = described.map((name) =>
    withIds
      .lazy()
      .groupBy(["cohorteid", name])
      .agg(pl.len().cast(pl.Int64).alias("effectif"))
      .select(
        pl.col("cohorteid"),
        pl.lit(name).alias("attribute"),
        pl.col(name).cast(pl.Utf8).alias("value"),
        pl.col("effectif"),
      ),
  );
  const long =
    parts.length === 0
      ? pl.DataFrame({
          cohorteid: pl.Series("cohorteid", [], pl.Int32),
          attribute: pl.Series("attribute", [], pl.Utf8),
          value: pl.Series("value", [], pl.Utf8),
          effectif: pl.Series("effectif", [], pl.Int64),
        })
      : pl
          .concat(parts, { how: "vertical" })
          .sort(["cohorteid", "attribute", "value"], false, false)
          .collectSync();
  return { cohortes, attributes: long };
}
