import pl from "nodejs-polars";
import { ExitCode, OraccleError } from "../../core/errors.js";
import { requireColumns } from "../../core/require-columns.js";
import { FRAME_SOURCE } from "./frame-checks.js";
import { requireCounts } from "./require-counts.js";

/**
 * Options of {@link eraseRareAttributes}.
 *
 * @example
 * const options: EraseRareAttributesOptions = { attributes: ["bac_spe1", "bac_spe2"], k: 5 };
 */
export interface EraseRareAttributesOptions {
  /** Attribute column(s) of the table (e.g. `"sexe"`, or `["bac_spe1", "bac_spe2"]`). */
  attributes: string | readonly string[];
  /** Smallest count kept with its attribute value. Default `5`. */
  k?: number | undefined;
  /** Cohort identifier column. Default `"cohorteid"`. */
  cohortColumn?: string | undefined;
  /** Count column. Default `"effectif"`. */
  countColumn?: string | undefined;
  /** Value written for a count that is still below k after merging. Default `0` (Oraccle). */
  maskValue?: number | undefined;
}

/**
 * Erases rare attribute values from a cohort × attribute table (Oraccle's `cohorte_sexe.csv`,
 * `cohorte_anbac.csv`…): every row whose count is below k loses its attribute values (set to
 * null), the erased rows of a cohort are merged into one row (count = their sum, so no student is
 * lost), and that merged count is itself masked (`maskValue`, 0) when still below k. Rows are
 * returned sorted by cohort then attribute values, the erased row of each cohort last.
 *
 * Beware of differencing: if the cohort total is published and the attribute has few values, an
 * erased row can sometimes be recomputed; the release gate should check the totals too.
 *
 * @param table one row per (cohort, attribute values) with a count
 * @param options attribute column(s), k (default 5), cohort and count columns, mask value
 * @example
 * const t = pl.DataFrame({ cohorteid: [1, 1, 1], sexe: ["1", "2", "9"], effectif: [9, 3, 1] });
 * eraseRareAttributes(t, { attributes: "sexe" });
 * // cohorteid 1: ("1", 9), (null, 0) — 3 + 1 = 4 < 5 is masked
 */
export function eraseRareAttributes(table: pl.DataFrame, options: EraseRareAttributesOptions): pl.DataFrame {
  const attributes = typeof options.attributes === "string" ? [options.attributes] : [...options.attributes];
  const k = options.k ?? 5;
  const cohortColumn = options.cohortColumn ?? "cohorteid";
  const countColumn = options.countColumn ?? "effectif";
  const maskValue = options.maskValue ?? 0;
  if (!Number.isInteger(k) || k < 1)
    throw new OraccleError(`k must be an integer ≥ 1, not ${k}`, ExitCode.usage);
  if (attributes.length === 0)
    throw new OraccleError("at least one attribute column is required", ExitCode.usage);
  requireColumns(table, [cohortColumn, ...attributes], FRAME_SOURCE);
  requireCounts(table, countColumn);
  const rare = pl.col(countColumn).lt(k);
  const erasedFlag = "__oraccle_erased";
  const countType = table.getColumn(countColumn).dtype;
  const erased = table
    .select(
      pl.col(cohortColumn),
      ...attributes.map((a) => pl.when(rare).then(pl.lit(null)).otherwise(pl.col(a)).alias(a)),
      pl.col(countColumn),
      rare.alias(erasedFlag),
    )
    .groupBy([cohortColumn, ...attributes, erasedFlag])
    .agg(pl.col(countColumn).sum().alias(countColumn))
    .withColumns(
      pl
        .when(pl.col(countColumn).lt(k))
        .then(pl.lit(maskValue))
        .otherwise(pl.col(countColumn))
        .cast(countType)
        .alias(countColumn),
    )
    .sort([cohortColumn, erasedFlag, ...attributes], false, true);
  return erased.drop(erasedFlag);
}
