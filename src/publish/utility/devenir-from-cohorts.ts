import pl from "nodejs-polars";

/**
 * What became of the students of a formation one year later, read from a cohort trace: the next
 * element of the trace.
 *
 * - `passage`: the next element has a higher `niveau`;
 * - `redoublement`: the next element is the same formation;
 * - `reorientation`: another formation at the same or a lower `niveau`;
 * - `sortie`: no next element, or an empty one (a year without enrolment). The last observed year
 *   is censored: a trace ending there also counts as `sortie`, in the truth and in the release alike.
 *
 * @example
 * const d: DevenirCategory = "passage";
 */
export type DevenirCategory = "passage" | "redoublement" | "reorientation" | "sortie";

/** The categories, in report order. */
export const DEVENIR_CATEGORIES: readonly DevenirCategory[] = [
  "passage",
  "redoublement",
  "reorientation",
  "sortie",
];

/**
 * Transitions of every formation to the next year, counted with each count column of the cohorts,
 * as a reuser computes them from `cohortes.csv`: each trace is cut into its yearly elements
 * (`niveau-diplôme-UAI`, separated by `+`), each non-empty element followed by its successor gives
 * one transition of the cohort's count. Returns one row per (formation, devenir) present: the
 * formation, `devenir`, and the sum of each count column over the transitions; plus, for each count
 * column `c` with `maskedFlag`, `c_masquees`: transitions coming from cohorts published as 0.
 *
 * @param cohorts one row per cohort: `trace` and the count columns
 * @param counts count columns to sum (true and published counts)
 * @param maskedFlag count column whose 0 means "masked" (adds `<column>_masquees`), default none
 * @example
 * devenirFromCohorts(pl.DataFrame({ trace: ["1-A-U+2-A-U"], effectif: [3] }), ["effectif"]);
 * // formation 1-A-U: passage 3; formation 2-A-U: sortie 3
 */
export function devenirFromCohorts(
  cohorts: pl.DataFrame,
  counts: readonly string[],
  maskedFlag?: string,
): pl.DataFrame {
  const niveau = (column: string) => pl.col(column).str.split("-").lst.first().cast(pl.Int32, false);
  const steps = cohorts
    .select("trace", ...new Set([...counts, ...(maskedFlag === undefined ? [] : [maskedFlag])]))
    .withRowIndex("__cohort")
    .withColumns(pl.col("trace").str.split("+").alias("formation"))
    .explode("formation")
    .withColumns(pl.col("formation").shift(-1).over("__cohort").alias("__next"))
    .filter(pl.col("formation").neq(pl.lit("")))
    .withColumns(
      pl
        .when(
          pl
            .col("__next")
            .isNull()
            .or(pl.col("__next").eq(pl.lit(""))),
        )
        .then(pl.lit("sortie"))
        .when(pl.col("__next").eq(pl.col("formation")))
        .then(pl.lit("redoublement"))
        .when(niveau("__next").gt(niveau("formation")))
        .then(pl.lit("passage"))
        .otherwise(pl.lit("reorientation"))
        .alias("devenir"),
    );
  const sums = counts.map((c) => pl.col(c).cast(pl.Float64).sum().alias(c));
  if (maskedFlag !== undefined)
    sums.push(pl.col(maskedFlag).eq(0).cast(pl.Int64).sum().alias(`${maskedFlag}_masquees`));
  return steps
    .groupBy(["formation", "devenir"])
    .agg(...sums)
    .sort(["formation", "devenir"]);
}
