import pl from "nodejs-polars";
import { studentAttributes, traceCohorts } from "../trajectories/trace-cohorts.js";
import { traces } from "../trajectories/traces.js";

/**
 * Unmasked counts behind the cohort tables of the release, from the principal enrolments and the
 * results. Every figure is a count of students, numbered by cohort (see {@link numberCohorts}).
 *
 * @example
 * const counts: CohortCounts = numberCohorts(traceCounts(principal, resultats));
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

/**
 * The same counts keyed by trace rather than by cohort number: the counts of two sets of
 * students (two partitions) add up trace by trace ({@link mergeTraceCounts}).
 *
 * @example
 * const counts: TraceCounts = traceCounts(principal, resultats);
 */
export interface TraceCounts {
  /** `trace`, `effectif`. */
  cohorts: pl.DataFrame;
  /** `trace`, `attribute`, `value`, `effectif`. */
  attributes: pl.DataFrame;
  /** `trace`, `annee`, `reussites`. */
  successes: pl.DataFrame;
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
 * establishment). Keyed by trace: summable over partitions of students.
 *
 * @example
 * const { cohorts, attributes, successes } = traceCounts(principal, resultats);
 */
export function traceCounts(principal: pl.DataFrame, resultats: pl.DataFrame): TraceCounts {
  const studentTraces = traces(principal, { gapElement: "" });
  const attributes = withBacAttribute(studentAttributes(principal, resultats));
  const built = traceCohorts(studentTraces, attributes.drop("diplome"));
  const ids = built.cohortes.lazy().select("trace", "cohorteid");
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
    .withColumns(pl.col("rentree").minus(pl.col("first_rentree")).plus(1).cast(pl.Int32).alias("annee"))
    .groupBy(["trace", "annee"])
    .agg(pl.col("__obtained").fillNull(0).sum().cast(pl.Int64).alias("reussites"))
    .collectSync();
  return {
    cohorts: built.cohortes.select("trace", "effectif"),
    attributes: built.attributes
      .lazy()
      .join(ids, { on: "cohorteid", how: "left" })
      .select("trace", "attribute", "value", "effectif")
      .collectSync(),
    successes,
    students: studentTraces.height,
  };
}

/**
 * Adds the trace counts of disjoint sets of students (partitions): the counts of their union.
 *
 * @example
 * const all = mergeTraceCounts([traceCounts(p1, r1), traceCounts(p2, r2)]);
 */
export function mergeTraceCounts(parts: readonly TraceCounts[]): TraceCounts {
  if (parts.length === 1) return parts[0]!;
  const sum = (frames: pl.DataFrame[], keys: string[], value: string) =>
    pl
      .concat(frames, { how: "vertical" })
      .lazy()
      .groupBy(keys)
      .agg(pl.col(value).sum().cast(pl.Int64).alias(value))
      .collectSync();
  return {
    cohorts: sum(
      parts.map((part) => part.cohorts),
      ["trace"],
      "effectif",
    ),
    attributes: sum(
      parts.map((part) => part.attributes),
      ["trace", "attribute", "value"],
      "effectif",
    ),
    successes: sum(
      parts.map((part) => part.successes),
      ["trace", "annee"],
      "reussites",
    ),
    students: parts.reduce((total, part) => total + part.students, 0),
  };
}

/**
 * Numbers the cohorts 1…N in the text order of their traces (as `traceCohorts` does: an id says
 * nothing of a cohort's size) and keys every count by that number.
 *
 * @example
 * const { cohorts } = numberCohorts(mergeTraceCounts(parts)); // cohorteid, trace, effectif
 */
export function numberCohorts(counts: TraceCounts): CohortCounts {
  const cohorts = counts.cohorts
    .sort("trace")
    .withRowIndex("cohorteid", 1)
    .select(pl.col("cohorteid").cast(pl.Int64), "trace", pl.col("effectif").cast(pl.Int64));
  const ids = cohorts.lazy().select("trace", "cohorteid");
  const byCohort = (frame: pl.DataFrame) =>
    frame.lazy().join(ids, { on: "trace", how: "inner" }).drop("trace");
  return {
    cohorts,
    attributes: byCohort(counts.attributes)
      .select("cohorteid", "attribute", "value", "effectif")
      .sort(["cohorteid", "attribute", "value"], false, false)
      .collectSync(),
    successes: byCohort(counts.successes)
      .select("cohorteid", "annee", "reussites")
      .sort(["cohorteid", "annee"])
      .collectSync(),
    students: counts.students,
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
