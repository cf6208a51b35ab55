import pl from "nodejs-polars";
import { requireColumns, withTextColumns } from "./columns.js";
import { diplomaTypesFor, niveauNumber, studyLevel } from "./diploma-types.js";

/**
 * Options of {@link traces}.
 *
 * @example
 * traces(principal, { gapElement: null, unknown: "?" });
 */
export interface TraceOptions {
  /**
   * What stands for a year without enrolment between two enrolled years. Oraccle's encoding of
   * such years is not documented (oraccle-open-data.md §2, "not verified"); the toolkit keeps
   * the year as an empty element by default, so `a++b` reads "a, a gap year, b" and the number of
   * `+`-separated years always equals `last_rentree − first_rentree + 1`. `null` drops gap
   * years instead (then the trace loses the timing). Default `""`.
   */
  gapElement?: string | null;
  /** Text used for an unknown part of an element (level, diploma, UAI). Default `"."` (Oraccle's unknown level). */
  unknown?: string;
}

/**
 * Oraccle-style traces, one row per student (oraccle-open-data.md §2): years joined by `+` in
 * order, simultaneous enrolments of a year joined by `&`, each element `level-diplom-uai` where
 * `level` is the degree of studies bac+n (`degetu` when the frame has it, else computed from
 * `typ_dipl` and `niveau`). Give it the principal enrolments for Oraccle's method (then `&`
 * never occurs), or all enrolments to see double enrolments: within a year, the `inspr = O`
 * enrolment comes first, then elements in text order. Gap years: see {@link TraceOptions}.
 *
 * Columns: `id_etu`, `trace`, `first_rentree`, `last_rentree`, `n_enrolled_years`,
 * `n_gap_years`; sorted by `id_etu`. Not masked: the disclosure gate comes later.
 *
 * @example
 * traces(principal).filter(pl.col("id_etu").eq("e1")).getColumn("trace").get(0); // "1-2500001-0931238R+2-2500001-0931238R"
 */
/**
 * The enrolments with their trace element in a `__element` column: `level-diplom-uai`, where
 * `level` is `degetu` when present, else the degree of studies (bac+n) computed from `typ_dipl`
 * and `niveau`; unknown parts are written `unknown`. This is the `formation` key of Oraccle's
 * `formations.csv`, so a published formation table and the traces always agree.
 *
 * @example
 * withTraceElement(principal).select("__element").collectSync(); // "1-2500001-0931238R"…
 */
export function withTraceElement(enrolments: pl.DataFrame, unknown = "."): pl.LazyDataFrame {
  const level = enrolments.columns.includes("degetu")
    ? pl.col("degetu").cast(pl.Utf8)
    : studyLevel().cast(pl.Utf8);
  return withTextColumns(enrolments)
    .lazy()
    .join(diplomaTypesFor(enrolments), { on: "typ_dipl", how: "left" })
    .withColumns(niveauNumber("niveau").alias("niveau_num"))
    .withColumns(
      pl
        .concatString(
          [
            level.fillNull(pl.lit(unknown)),
            pl.col("diplom").fillNull(pl.lit(unknown)),
            pl.col("etabli").fillNull(pl.lit(unknown)),
          ],
          "-",
        )
        .alias("__element"),
    );
}

export function traces(enrolments: pl.DataFrame, options: TraceOptions = {}): pl.DataFrame {
  requireColumns(enrolments, ["id_etu", "rentree"], "traces(enrolments)");
  const gapElement = options.gapElement === undefined ? "" : options.gapElement;
  const unknown = options.unknown ?? ".";
  const elements = withTraceElement(enrolments, unknown).select(
    pl.col("id_etu"),
    pl.col("rentree").cast(pl.Int32),
    pl.col("inspr").eq(pl.lit("O")).fillNull(false).not().alias("__secondary"),
    pl.col("__element"),
  );
  const years = elements
    .groupBy(["id_etu", "rentree"])
    .agg(pl.col("__element").sortBy(["__secondary", "__element"]).str.concat("&").alias("__year"));
  const bounds = years
    .groupBy("id_etu")
    .agg(
      pl.col("rentree").min().alias("first_rentree"),
      pl.col("rentree").max().alias("last_rentree"),
      pl.len().cast(pl.Int32).alias("n_enrolled_years"),
    );
  let grid = bounds
    .withColumns(pl.intRanges(pl.col("first_rentree"), pl.col("last_rentree").plus(1)).alias("rentree"))
    .explode("rentree")
    .withColumns(pl.col("rentree").cast(pl.Int32))
    .join(years, { on: ["id_etu", "rentree"], how: "left" });
  grid =
    gapElement === null
      ? grid.filter(pl.col("__year").isNotNull())
      : grid.withColumns(pl.col("__year").fillNull(pl.lit(gapElement)));
  return grid
    .groupBy("id_etu")
    .agg(
      pl.col("__year").sortBy("rentree").str.concat("+").alias("trace"),
      pl.col("first_rentree").first().cast(pl.Int32),
      pl.col("last_rentree").first().cast(pl.Int32),
      pl.col("n_enrolled_years").first(),
    )
    .withColumns(
      pl
        .col("last_rentree")
        .minus(pl.col("first_rentree"))
        .plus(1)
        .minus(pl.col("n_enrolled_years"))
        .cast(pl.Int32)
        .alias("n_gap_years"),
    )
    .select("id_etu", "trace", "first_rentree", "last_rentree", "n_enrolled_years", "n_gap_years")
    .sort("id_etu")
    .collectSync();
}
