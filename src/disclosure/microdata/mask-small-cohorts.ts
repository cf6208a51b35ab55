import pl from "nodejs-polars";
import { ExitCode, OraccleError } from "../../core/errors.js";
import { requireCounts } from "./require-counts.js";

/**
 * Options of {@link maskSmallCohorts}.
 *
 * @example
 * const options: MaskSmallCohortsOptions = { k: 5, countColumn: "effectif", flagColumn: "masque" };
 */
export interface MaskSmallCohortsOptions {
  /** Smallest count published as is. Default `5` (Oraccle / UNIF). */
  k?: number | undefined;
  /** Column holding the number of students of each cohort. Default `"effectif"`. */
  countColumn?: string | undefined;
  /**
   * Value written instead of a count below k. Default `0`, Oraccle's convention: in its files `0`
   * means "masked, between 1 and k − 1", never zero.
   */
  maskValue?: number | undefined;
  /** Name of a boolean column flagging masked rows, added when given. Default: none. */
  flagColumn?: string | undefined;
}

/**
 * Oraccle's "variant of k-anonymisation" on a cohort table (one row per group of students with an
 * identical path): every cohort is kept, but a count below k is not communicated — it is replaced
 * by `maskValue` (0). Counts must be integers ≥ 1. Rows, their order and the other columns are kept.
 *
 * `effectif' = effectif if effectif ≥ k, else maskValue`
 *
 * @param cohorts one row per cohort with its count
 * @param options k (default 5), count column (default "effectif"), mask value (default 0), flag column
 * @example
 * const cohortes = pl.DataFrame({ cohorteid: [1, 2], trace: ["a", "b"], effectif: [12, 3] });
 * maskSmallCohorts(cohortes, { k: 5, countColumn: "effectif" }).getColumn("effectif").toArray(); // [12, 0]
 */
export function maskSmallCohorts(cohorts: pl.DataFrame, options: MaskSmallCohortsOptions = {}): pl.DataFrame {
  const k = options.k ?? 5;
  const countColumn = options.countColumn ?? "effectif";
  const maskValue = options.maskValue ?? 0;
  if (!Number.isInteger(k) || k < 1)
    throw new OraccleError(`k must be an integer ≥ 1, not ${k}`, ExitCode.usage);
  if (maskValue >= k && maskValue !== 0) {
    throw new OraccleError(
      `mask value ${maskValue} could be read as a real count (≥ k = ${k})`,
      ExitCode.usage,
    );
  }
  requireCounts(cohorts, countColumn);
  const small = pl.col(countColumn).lt(k);
  const columns: pl.Expr[] = [
    pl
      .when(small)
      .then(pl.lit(maskValue))
      .otherwise(pl.col(countColumn))
      .cast(cohorts.getColumn(countColumn).dtype)
      .alias(countColumn),
  ];
  if (options.flagColumn !== undefined) columns.push(small.alias(options.flagColumn));
  return cohorts.withColumns(...columns);
}
