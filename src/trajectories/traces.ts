import pl from "nodejs-polars";
import { requireColumns } from "../core/require-columns.js";
import { EXTRACT_COLUMNS_HINT, withTextColumns } from "./columns.js";
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
   * such years is not documented (docs/definitions.md §5, "not verified"); the toolkit keeps
   * the year as an empty element by default, so `a++b` reads "a, a gap year, b" and the number of
   * `+`-separated years always equals `last_rentree − first_rentree + 1`. `null` drops gap
   * years instead (then the trace loses the timing). Default `""`.
   */
  gapElement?: string | null;
  /** Text used for an unknown part of an element (level, diploma, UAI). Default `"."` (Oraccle's unknown level). */
  unknown?: string;
}

/**
 * The enrolments with their trace element in a `__element` column: `level-diplom-uai`, where
 * `level` is `degetu` when given, else the degree of studies (bac+n) computed from `typ_dipl`
 * and `niveau` (lycée rows of `combineSources()` have no `degetu`); unknown parts are written
 * `unknown`. This is the `formation` key of Oraccle's
 * `formations.csv`, so a published formation table and the traces always agree.
 *
 * @example
 * withTraceElement(principal).select("__element").collectSync(); // "1-2500001-0931238R"…
 */
export function withTraceElement(enrolments: pl.DataFrame, unknown = "."): pl.LazyDataFrame {
  const level = enrolments.columns.includes("degetu")
    ? pl.col("degetu").cast(pl.Utf8).fillNull(studyLevel().cast(pl.Utf8))
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

/**
 * Oraccle-style traces, one row per student (docs/definitions.md §5): years joined by `+` in
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
export function traces(enrolments: pl.DataFrame, options: TraceOptions = {}): pl.DataFrame {
  requireColumns(enrolments, ["id_etu", "rentree"], "traces(enrolments)", { hint: EXTRACT_COLUMNS_HINT });
  const gapElement = options.gapElement === undefined ? "" : options.gapElement;
  const unknown = options.unknown ?? ".";
  // Several enrolments in a student-year (all enrolments, not the principal ones) need a
  // group-by to join them with "&"; with one a year, the year's text is its element.
  const severalAYear = Number(enrolments.select("id_etu", "rentree").isDuplicated().cast(pl.Int32).sum()) > 0;
  const elements = withTraceElement(enrolments, unknown)
    .select(
      pl.col("id_etu"),
      pl.col("rentree").cast(pl.Int32),
      pl.col("inspr").eq(pl.lit("O")).fillNull(false).not().alias("__secondary"),
      pl.col("__element"),
    )
    .sort(["id_etu", "rentree", "__secondary", "__element"]);
  const years = severalAYear
    ? elements
        .groupBy(["id_etu", "rentree"], { maintainOrder: true })
        .agg(pl.col("__element").str.concat("&").alias("__year"))
    : elements.select("id_etu", "rentree", pl.col("__element").alias("__year"));
  // One pass over the sorted years: each year is preceded by "+" and, for each missing year
  // since the previous one, the gap element and another "+" (nothing before a student's first).
  const first = pl.col("id_etu").neq(pl.col("id_etu").shift(1)).fillNull(true);
  const missing = pl
    .when(first)
    .then(pl.lit(0))
    .otherwise(pl.col("rentree").minus(pl.col("rentree").shift(1)).minus(1))
    .cast(pl.Int32);
  const withGaps = years.withColumns(first.alias("__first"), missing.alias("__missing"));
  // No gap is longer than the span of the data; one lazy plan to the end, collected once, so
  // that polars frees each intermediate table as soon as it is consumed.
  const rentrees = enrolments.getColumn("rentree");
  const maxMissing =
    enrolments.height === 0 ? 0 : Math.max(0, Number(rentrees.max()) - Number(rentrees.min()));
  const separators = pl.DataFrame({
    __first: [true, ...Array.from({ length: maxMissing + 1 }, () => false)],
    __missing: pl.Series(
      "__missing",
      [0, ...Array.from({ length: maxMissing + 1 }, (_, gap) => gap)],
      pl.Int32,
    ),
    __separator: [
      "",
      ...Array.from(
        { length: maxMissing + 1 },
        (_, gap) => `+${gapElement === null ? "" : `${gapElement}+`.repeat(gap)}`,
      ),
    ],
  });
  return withGaps
    .join(separators.lazy(), { on: ["__first", "__missing"], how: "left", maintainOrder: "left" })
    .groupBy("id_etu", { maintainOrder: true })
    .agg(
      pl
        .concatString([pl.col("__separator"), pl.col("__year")], "")
        .str.concat("")
        .alias("trace"),
      pl.col("rentree").first().alias("first_rentree"),
      pl.col("rentree").last().alias("last_rentree"),
      pl.len().cast(pl.Int32).alias("n_enrolled_years"),
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
    .collectSync();
}
