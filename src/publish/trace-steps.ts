import pl from "nodejs-polars";

/**
 * The grammar of a released trace, stated once for the writer, the reader and the fiche: years
 * joined by `+` in order, simultaneous enrolments of a year joined by `&`, each element
 * `degetu-diplom-uai` (`.` = unknown part), a year without enrolment between two enrolled years
 * written as an empty element (`a++b`).
 */
export const TRACE_GRAMMAR = {
  year: "+",
  simultaneous: "&",
  part: "-",
  unknown: ".",
  /** A whole element, as the reader accepts it: the level up to the first `-`, the UAI after the last. */
  element: /^[^-]+-.+-[^-]+$/,
} as const;

/**
 * Options of {@link traceSteps}.
 *
 * @example
 * traceSteps(cohortes, { reussites: true });
 */
export interface TraceStepsOptions {
  /** Also split the `reussites` column (aligned with the trace) into a count per step. Default: when the column exists. */
  reussites?: boolean;
}

/**
 * The long form of released traces: one row per cohort × year × simultaneous element, so that
 * nobody re-parses `+`, `&` and `-`. Columns: `cohorteid`, `annee` (rank of the year in the path,
 * 1 = first year; a gap year has no row, its rank is missing), `element` (rank within the year,
 * 1 unless enrolments are simultaneous), `formation` (the key of `formations.csv`), `degetu`
 * (text before the first `-`), `diplom` (between the first and the last `-`), `etabli` (after the
 * last `-`) — `.` (unknown) read as null — and, when the cohorts carry `reussites`, `reussites`
 * (students of the cohort who obtained that step's diploma; null when not communicated). Sorted by
 * cohort, year, element.
 *
 * @example
 * traceSteps(pl.DataFrame({ cohorteid: [1], trace: ["1-2500001-0931238R++2-2500001-0931238R"] }));
 * // two rows: annee 1 and annee 3
 */
export function traceSteps(cohortes: pl.DataFrame, options: TraceStepsOptions = {}): pl.DataFrame {
  const withReussites = options.reussites ?? cohortes.columns.includes("reussites");
  const steps = explodeSteps(cohortes, "trace", "formation");
  const part = (pattern: RegExp) => {
    const text = pl.col("formation").str.extract(pattern, 1);
    return pl
      .when(text.eq(pl.lit(TRACE_GRAMMAR.unknown)))
      .then(pl.lit(null))
      .otherwise(text);
  };
  let long = steps
    .filter(pl.col("formation").neq(pl.lit("")))
    .withColumns(
      part(/^([^-]*)-/).alias("degetu"),
      part(/^[^-]*-(.*)-[^-]*$/).alias("diplom"),
      part(/-([^-]*)$/).alias("etabli"),
    );
  if (withReussites) {
    const counts = explodeSteps(cohortes.filter(pl.col("reussites").isNotNull()), "reussites", "__count");
    long = long.join(counts, { on: ["cohorteid", "annee", "element"], how: "left" }).withColumns(
      pl
        .when(pl.col("__count").eq(pl.lit(TRACE_GRAMMAR.unknown)))
        .then(pl.lit(null))
        .otherwise(pl.col("__count"))
        .cast(pl.Int64)
        .alias("reussites"),
    );
  }
  return long
    .select(
      pl.col("cohorteid"),
      "annee",
      "element",
      "formation",
      "degetu",
      "diplom",
      "etabli",
      ...(withReussites ? ["reussites"] : []),
    )
    .sort(["cohorteid", "annee", "element"])
    .collectSync();
}

/** `cohorteid`, `annee`, `element` and the text of each element of `column` (split on `+` then `&`). */
function explodeSteps(cohortes: pl.DataFrame, column: string, as: string): pl.LazyDataFrame {
  const rank = (name: string, ...within: [string, ...string[]]) =>
    pl
      .col("__row")
      .minus(
        pl
          .col("__row")
          .min()
          .over(...within),
      )
      .plus(1)
      .cast(pl.Int32)
      .alias(name);
  return cohortes
    .lazy()
    .select(pl.col("cohorteid"), pl.col(column).str.split(TRACE_GRAMMAR.year).alias("__year"))
    .explode("__year")
    .withRowIndex("__row")
    .withColumns(rank("annee", "cohorteid"))
    .select(
      pl.col("cohorteid"),
      pl.col("annee"),
      pl.col("__year").str.split(TRACE_GRAMMAR.simultaneous).alias(as),
    )
    .explode(as)
    .withRowIndex("__row")
    .withColumns(rank("element", "cohorteid", "annee"))
    .select("cohorteid", "annee", "element", as);
}
