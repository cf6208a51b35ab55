import pl from "nodejs-polars";
import { studentAttributes, traceCohorts } from "../trajectories/trace-cohorts.js";
import { traces } from "../trajectories/traces.js";

/**
 * Unmasked counts behind the cohort tables of the release, from the principal enrolments and the
 * results. Every figure is a count of students (summable: a later run by partition of students
 * adds the partial counts of each trace before numbering the cohorts and protecting).
 *
 * @example
 * const counts: CohortCounts = cohortCounts(principal, resultats);
 */
export interface CohortCounts {
  /** `cohorteid` (trace order), `trace`, `effectif`: one row per distinct path. */
  cohorts: pl.DataFrame;
  /** `cohorteid`, `attribute`, `value` (text), `effectif`: every attribute's distribution per cohort. */
  attributes: pl.DataFrame;
  /** `cohorteid`, `annee` (rank of the year in the path), `reussites`: students who obtained that year's diploma. */
  successes: pl.DataFrame;
  /** Students counted. */
  students: number;
}

/** Separates the two specialities in the `bac` attribute (a SISE speciality code never holds it). */
export const SPECIALITY_SEPARATOR = "|";

/**
 * Counts the cohorts of identical paths (`traceCohorts`, the toolkit's one cohort builder; a
 * year without enrolment is an empty element), the distribution of the student attributes in
 * each (`studentAttributes`, plus `bac`: the series `bac_rgrp`, or the pair of specialities
 * `bac_spe1|bac_spe2` when the student has them — one attribute, so that the series and the pairs
 * are protected together) and, for each year of each path, the students who obtained the
 * diploma they were enrolled in that year (`resdip = O` for the same rentrée, diploma and
 * establishment).
 *
 * @example
 * const { cohorts, attributes, successes } = cohortCounts(principal, resultats);
 */
export function cohortCounts(principal: pl.DataFrame, resultats: pl.DataFrame): CohortCounts {
  const studentTraces = traces(principal, { gapElement: "" });
  const attributes = withBacAttribute(studentAttributes(principal, resultats));
  const built = traceCohorts(studentTraces, attributes.drop("diplome"));
  const obtained = resultats
    .lazy()
    .filter(pl.col("resdip").eq(pl.lit("O")).fillNull(false))
    .select(
      pl.col("id_etu"),
      pl.col("rentree").cast(pl.Int32),
      pl.col("diplom").cast(pl.Utf8),
      pl.col("etabli").cast(pl.Utf8),
    )
    .unique()
    .withColumns(pl.lit(1).cast(pl.Int64).alias("__obtained"));
  const successes = principal
    .lazy()
    .select(
      pl.col("id_etu"),
      pl.col("rentree").cast(pl.Int32),
      pl.col("diplom").cast(pl.Utf8),
      pl.col("etabli").cast(pl.Utf8),
    )
    .join(obtained, { on: ["id_etu", "rentree", "diplom", "etabli"], how: "left" })
    .join(studentTraces.lazy().select("id_etu", "trace", "first_rentree"), { on: "id_etu", how: "inner" })
    .join(built.cohortes.lazy().select("trace", "cohorteid"), { on: "trace", how: "inner" })
    .withColumns(pl.col("rentree").minus(pl.col("first_rentree")).plus(1).cast(pl.Int32).alias("annee"))
    .groupBy(["cohorteid", "annee"])
    .agg(pl.col("__obtained").fillNull(0).sum().cast(pl.Int64).alias("reussites"))
    .sort(["cohorteid", "annee"])
    .collectSync();
  return {
    cohorts: built.cohortes.select(pl.col("cohorteid").cast(pl.Int64), "trace", "effectif"),
    attributes: built.attributes.withColumns(pl.col("cohorteid").cast(pl.Int64)),
    successes: successes.withColumns(pl.col("cohorteid").cast(pl.Int64)),
    students: studentTraces.height,
  };
}

function withBacAttribute(attributes: pl.DataFrame): pl.DataFrame {
  if (!attributes.columns.includes("bac_rgrp")) return attributes;
  const series = pl.col("bac_rgrp").cast(pl.Utf8);
  const bac = ["bac_spe1", "bac_spe2"].every((name) => attributes.columns.includes(name))
    ? pl
        .when(pl.col("bac_spe1").isNotNull().and(pl.col("bac_spe2").isNotNull()))
        .then(pl.concatString([pl.col("bac_spe1"), pl.col("bac_spe2")], SPECIALITY_SEPARATOR))
        .otherwise(series)
    : series;
  return attributes
    .withColumns(bac.alias("bac"))
    .drop(["bac_rgrp", "bac_spe1", "bac_spe2"].filter((name) => attributes.columns.includes(name)));
}
