import pl from "nodejs-polars";

/** Options of {@link protectAttributeTable}. */
export interface AttributeTableOptions {
  /** One row per unit (student) with `cohorteid` and the attribute, or counted rows (see `weight`). */
  records: pl.DataFrame;
  /**
   * Column of `records` holding how many units each row stands for, when the rows are already
   * counted (partial counts of several partitions may repeat a cohort × value: they are summed).
   * Default: none, each row is one unit.
   */
  weight?: string;
  /** The attribute column (`sexe`, `anbac`…). */
  attribute: string;
  /** Smallest count published with its attribute value. */
  k: number;
}

/**
 * A cohort × attribute table protected against differencing with the cohort total. Oraccle's
 * method erases attribute values whose count is below k and masks the merged count; but when the
 * cohort total is published, the erased row can be recomputed (total − published rows) and, for
 * an attribute with few values (sexe), reveal them. Here the erasure is completed like a 1-D
 * secondary suppression: while the erased row of a cohort holds between 1 and k − 1 students,
 * the smallest published row is erased too. So every erased row holds 0 or at least k students,
 * whatever the attacker subtracts; a cohort below k (whose total is masked) keeps a single erased
 * row published as `0`.
 *
 * Output: `cohorteid`, the attribute (null = erased), `effectif` (0 = masked); sorted by cohort,
 * attribute, the erased row last.
 *
 * @example
 * protectAttributeTable({ records: students, attribute: "sexe", k: 5 });
 * // a cohort of 7 with 6 men and 1 woman publishes one erased row of 7, not (1, 6) and (null, 0)
 */
export function protectAttributeTable(options: AttributeTableOptions): pl.DataFrame {
  const { attribute, k } = options;
  // Vectorised (a national extract has millions of cohorts): within a cohort, the published rows
  // sorted smallest first are erased one after the other while the erased total stays below k, so
  // a row is erased when `base + (counts of the rows before it) < k`, base being the count of the
  // rare and unknown values (and base > 0: nothing rare, nothing to complete).
  const units = options.weight === undefined ? pl.len() : pl.col(options.weight).sum();
  const counts = options.records
    .lazy()
    .groupBy(["cohorteid", attribute])
    .agg(units.cast(pl.Int64).alias("effectif"))
    .select(
      pl.col("cohorteid").cast(pl.Int64),
      pl.col(attribute).cast(pl.Utf8).alias("__value"),
      pl.col("effectif"),
    )
    .withColumns(pl.col("__value").isNull().or(pl.col("effectif").lt(k)).alias("__rare"));
  const base = counts
    .filter(pl.col("__rare"))
    .groupBy("cohorteid")
    .agg(pl.col("effectif").sum().alias("__base"));
  const firstOfCohort = pl.col("cohorteid").neq(pl.col("cohorteid").shift(1)).fillNull(true);
  const candidates = counts
    .filter(pl.col("__rare").not())
    .sort(["cohorteid", "effectif", "__value"])
    .join(base, { on: "cohorteid", how: "left", maintainOrder: "left" })
    .withColumns(pl.col("__base").fillNull(0), pl.col("effectif").cumSum().alias("__running"))
    .withColumns(
      pl
        .col("__running")
        .minus(pl.col("effectif"))
        .minus(
          pl
            .when(firstOfCohort)
            .then(pl.col("__running").minus(pl.col("effectif")))
            .otherwise(pl.lit(null))
            .forwardFill(),
        )
        .alias("__before"),
    )
    .withColumns(
      pl
        .col("__base")
        .gt(0)
        .and(pl.col("__base").plus(pl.col("__before")).lt(k))
        .alias("__erased"),
    );
  const published = candidates
    .filter(pl.col("__erased").not())
    .select(pl.col("cohorteid"), pl.col("__value"), pl.col("effectif"));
  const erased = pl
    .concat(
      [
        counts.filter(pl.col("__rare")).select("cohorteid", "effectif"),
        candidates.filter(pl.col("__erased")).select("cohorteid", "effectif"),
      ],
      { how: "vertical" },
    )
    .groupBy("cohorteid")
    .agg(pl.col("effectif").sum().alias("__total"))
    .select(
      pl.col("cohorteid"),
      pl.lit(null).cast(pl.Utf8).alias("__value"),
      pl
        .when(pl.col("__total").lt(k))
        .then(pl.lit(0))
        .otherwise(pl.col("__total"))
        .cast(pl.Int64)
        .alias("effectif"),
    );
  return pl
    .concat([published, erased], { how: "vertical" })
    .sort(["cohorteid", "__value"], false, true)
    .select(pl.col("cohorteid"), pl.col("__value").alias(attribute), pl.col("effectif"))
    .collectSync();
}
