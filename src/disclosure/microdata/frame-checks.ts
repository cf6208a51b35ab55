import pl from "nodejs-polars";
import { ExitCode, InputError, OraccleError } from "../../core/errors.js";
import { requireColumns } from "../../core/require-columns.js";

/**
 * Name under which in-memory frames are reported in errors: they have no file, so the "line" of an
 * error is the 0-based row index + 2 (as if the frame had been written to CSV with a header line).
 *
 * @example
 * new InputError("bad weight", { file: FRAME_SOURCE, line: 12, column: "poids" });
 */
export const FRAME_SOURCE = "(data frame)";

/**
 * Checks the list of key variables: at least one, no duplicates, all present.
 *
 * @example
 * requireKeys(frame, ["sexe", "annais"]);
 */
export function requireKeys(frame: pl.DataFrame, keys: readonly string[]): void {
  if (keys.length === 0) {
    throw new OraccleError("at least one key variable (quasi-identifier) is required", ExitCode.usage);
  }
  const seen = new Set<string>();
  for (const key of keys) {
    if (seen.has(key)) throw new OraccleError(`key variable '${key}' is listed twice`, ExitCode.usage);
    seen.add(key);
  }
  requireColumns(frame, keys, FRAME_SOURCE, { role: "key variable" });
}

/**
 * Checks a sampling-weight column: numeric, no missing value, strictly positive and finite. A zero or
 * missing weight would make Fk smaller than fk and the individual risk meaningless, so the first bad
 * row is reported (row index + 2 as its "line") rather than silently dropped.
 *
 * @example
 * requireWeights(frame, "poids");
 */
export function requireWeights(frame: pl.DataFrame, weights: string): void {
  requireColumns(frame, [weights], FRAME_SOURCE, { role: "weight variable" });
  const series = frame.getColumn(weights);
  if (!series.isNumeric()) {
    throw new InputError(
      `weight column has type ${String(series.dtype)}, a number is expected`,
      { file: FRAME_SOURCE, column: weights },
      "cast the weights to a numeric type first",
    );
  }
  const values = series.cast(pl.Float64).toArray() as (number | null)[];
  for (let row = 0; row < values.length; row++) {
    const value = values[row];
    if (value === null || value === undefined || !Number.isFinite(value) || value <= 0) {
      throw new InputError(
        "sampling weight must be a finite number > 0",
        { file: FRAME_SOURCE, line: row + 2, column: weights, value: String(value) },
        "fix or remove this record before measuring the risk",
      );
    }
  }
}

/**
 * Internal column names, chosen so they cannot clash with SISE or user columns.
 *
 * @example
 * frame.withRowIndex(INTERNAL.row);
 */
export const INTERNAL = {
  row: "__oraccle_row",
  representative: "__oraccle_rep",
} as const;

/**
 * `expr.over(keys)` for a list of keys: the typings of nodejs-polars want the first key apart.
 *
 * @example
 * frame.withColumns(over(pl.len(), ["sexe", "annais"]).alias("fk"));
 */
export function over(expr: pl.Expr, keys: readonly string[]): pl.Expr {
  const [first, ...others] = keys;
  if (first === undefined) throw new RangeError("over() needs at least one key");
  return expr.over(first, ...others);
}
