import pl from "nodejs-polars";
import { ExitCode, OraccleError } from "../../core/errors.js";
import { type KeyFrequencyOptions, keyFrequencies } from "./key-frequencies.js";

/**
 * Options of {@link kAnonymityViolations}.
 *
 * @example
 * const options: KAnonymityOptions = { weights: "poids", on: "Fk", missing: "category" };
 */
export interface KAnonymityOptions extends KeyFrequencyOptions {
  /**
   * Which frequency must reach k: `"fk"` (sample frequency, sdcMicro `kAnon`, ARX) or `"Fk"` (sum of
   * weights, the "weighted data: rule on weights" convention; needs `weights`). Default `"fk"`.
   */
  on?: "fk" | "Fk" | undefined;
}

/**
 * What {@link kAnonymityViolations} found.
 *
 * @example
 * const v: KAnonymityViolations = kAnonymityViolations(df, ["sexe", "age"], 5);
 * if (!v.satisfied) console.log(`${v.violatingRecords} records below k`);
 */
export interface KAnonymityViolations {
  /** The k that was checked. */
  k: number;
  /** Frequency compared with k (`"fk"` or `"Fk"`). */
  on: "fk" | "Fk";
  /** Number of records checked. */
  records: number;
  /** Number of records whose key has a frequency below k. */
  violatingRecords: number;
  /** Number of distinct keys (equivalence classes, nulls as written) among the violating records. */
  violatingClasses: number;
  /** 0-based row indices of the violating records, ascending. */
  rows: number[];
  /** True when no record violates k-anonymity. */
  satisfied: boolean;
}

/**
 * Finds the records that break k-anonymity: those whose key frequency is below k
 * (`fk < k`, or `Fk < k` with `on: "Fk"`). Frequencies follow {@link keyFrequencies}, so a
 * suppressed (null) value counts as a wildcard unless `missing: "category"`.
 *
 * @param frame one row per record
 * @param keys key variables (quasi-identifiers)
 * @param k minimum class size, an integer ≥ 1 (Oraccle uses 5)
 * @param options frequency options and the compared frequency (default `fk`)
 * @returns the count, the row indices and whether the frame is k-anonymous
 * @example
 * const df = pl.DataFrame({ sexe: ["1", "1", "2"], age: [20, 20, 20] });
 * kAnonymityViolations(df, ["sexe", "age"], 2); // { violatingRecords: 1, rows: [2], satisfied: false, … }
 */
export function kAnonymityViolations(
  frame: pl.DataFrame,
  keys: readonly string[],
  k: number,
  options: KAnonymityOptions = {},
): KAnonymityViolations {
  if (!Number.isInteger(k) || k < 1) {
    throw new OraccleError(`k must be an integer ≥ 1, not ${k}`, ExitCode.usage);
  }
  const on = options.on ?? "fk";
  if (on === "Fk" && options.weights === undefined) {
    throw new OraccleError('k-anonymity on "Fk" needs a weight column (option weights)', ExitCode.usage);
  }
  const frequencies = keyFrequencies(frame, keys, options).withRowIndex("__oraccle_row");
  const violating = frequencies.filter(pl.col(on).lt(k));
  const rows = (violating.getColumn("__oraccle_row").toArray() as number[]).map(Number);
  const violatingClasses = violating.height === 0 ? 0 : violating.select(...keys).unique().height;
  return {
    k,
    on,
    records: frame.height,
    violatingRecords: rows.length,
    violatingClasses,
    rows,
    satisfied: rows.length === 0,
  };
}
