import pl from "nodejs-polars";

/**
 * Inscription columns the trajectory rules read but an extract may lack (they are optional in
 * older rentrées or in hand-built frames). Missing ones are added as null text so every rule can
 * refer to them without checking.
 *
 * @example
 * OPTIONAL_TEXT_COLUMNS.includes("par_type"); // true
 */
export const OPTIONAL_TEXT_COLUMNS = [
  "etabli",
  "compos",
  "inspr",
  "typ_dipl",
  "diplom",
  "niveau",
  "groupe",
  "discipli",
  "gd_discipline",
  "par_type",
  "curpar",
  "conv",
] as const;

/**
 * Returns `frame` with every column of `names` present, missing ones added as null `Utf8`.
 *
 * @example
 * withTextColumns(pl.DataFrame({ id_etu: ["a"] }), ["groupe"]).columns; // ["id_etu", "groupe"]
 */
export function withTextColumns(frame: pl.DataFrame, names: readonly string[] = OPTIONAL_TEXT_COLUMNS) {
  const missing = names.filter((name) => !frame.columns.includes(name));
  if (missing.length === 0) return frame;
  return frame.withColumns(...missing.map((name) => pl.lit(null).cast(pl.Utf8).alias(name)));
}

/**
 * What to do when a trajectory function's frame lacks a column: the hint of its column check.
 *
 * @example
 * requireColumns(principal, ["id_etu", "rentree"], "yearlyStates(principal)", { hint: EXTRACT_COLUMNS_HINT });
 */
export const EXTRACT_COLUMNS_HINT =
  "Read the extract with readSise() or add the columns of docs/data-model.md";
