import pl from "nodejs-polars";
import { ExitCode, OraccleError } from "../../core/errors.js";
import { INTERNAL, requireKeys } from "./frame-checks.js";
import { keyFrequencies } from "./key-frequencies.js";

/**
 * Options of {@link localSuppression}.
 *
 * @example
 * const options: LocalSuppressionOptions = { importance: { sexe: 1, age: 2, etabli: 3 } };
 */
export interface LocalSuppressionOptions {
  /**
   * Importance of each key variable, sdcMicro style: `1` = most important (suppressed last), larger
   * numbers are suppressed first. Keys not listed come after the listed ones (suppressed first).
   * Default: keys with more distinct values are suppressed first (sdcMicro's default heuristic).
   */
  importance?: Readonly<Record<string, number>> | undefined;
  /**
   * Largest number of keys tried together when looking for the fewest suppressions in one record.
   * Subsets are tried by increasing size, so the first one that works is minimal for that record.
   * Default: all keys when there are at most 12, else 3 (then suppressing all remaining keys).
   */
  maxSubsetSize?: number | undefined;
}

/**
 * What {@link localSuppression} did.
 *
 * @example
 * const r: LocalSuppressionResult = localSuppression(df, ["sexe", "age"], 5);
 * r.suppressions <= r.naiveSuppressions; // true
 */
export interface LocalSuppressionResult {
  /** The frame with suppressed key values set to null (other columns untouched, same order). */
  frame: pl.DataFrame;
  /** k that was targeted. */
  k: number;
  /** Total number of key values suppressed. */
  suppressions: number;
  /** Suppressions per key variable. */
  byVariable: Record<string, number>;
  /** 0-based indices of the records that lost at least one value, ascending. */
  rows: number[];
  /** Records violating k-anonymity before suppression. */
  violatingBefore: number;
  /**
   * Suppressions a naive baseline would make: every non-null key value of every record violating
   * k-anonymity at the start. Our count never exceeds it.
   */
  naiveSuppressions: number;
  /** True when every record now has fk ≥ k (false only when the frame has fewer than k records). */
  reached: boolean;
}

/**
 * Local suppression until k-anonymity holds: key values of the records whose key frequency is
 * below k are replaced by null, which matches any value (sdcMicro's wildcard convention, see
 * {@link keyFrequencies}). For each violating record (rarest first), subsets of its keys are tried
 * by increasing size and, within a size, least important first; the first subset whose suppression
 * brings the record's fk to k is applied. A suppression only ever adds matches, so no other record
 * falls below k, and only records violating at the start are touched: the result never suppresses
 * more values than the naive baseline (all keys of every violating record). If the frame has at
 * least k records, k is always reached (a fully suppressed record matches everyone).
 *
 * Greedy per record, like sdcMicro's `kAnon`; not a global optimum (that is NP-hard).
 *
 * @param frame one row per record
 * @param keys key variables
 * @param k target class size (Oraccle: 5)
 * @param options variable importance and subset size limit
 * @example
 * const r = localSuppression(df, ["sexe", "age", "etabli"], 5, { importance: { sexe: 1, age: 2, etabli: 3 } });
 * r.suppressions; // values erased; r.frame holds nulls where they were
 */
export function localSuppression(
  frame: pl.DataFrame,
  keys: readonly string[],
  k: number,
  options: LocalSuppressionOptions = {},
): LocalSuppressionResult {
  requireKeys(frame, keys);
  if (!Number.isInteger(k) || k < 1)
    throw new OraccleError(`k must be an integer ≥ 1, not ${k}`, ExitCode.usage);
  const keyList = [...keys];
  const n = frame.height;
  // Current key values per record, as comparable strings (null = suppressed/missing).
  const columns = keyList.map((key) =>
    (frame.getColumn(key).toArray() as unknown[]).map((v) =>
      v === null || v === undefined ? null : `${typeof v}:${String(v)}`,
    ),
  );
  const records: (string | null)[][] = Array.from({ length: n }, (_, i) => columns.map((c) => c[i] ?? null));

  // Distinct patterns with their record counts: matching is done against patterns, not records.
  const patterns = new Map<string, { values: (string | null)[]; count: number }>();
  const encode = (values: (string | null)[]) => values.map((v) => (v === null ? "\u0000" : v)).join("\u0001");
  const add = (values: (string | null)[], delta: number) => {
    const id = encode(values);
    const entry = patterns.get(id);
    if (entry === undefined) patterns.set(id, { values: [...values], count: delta });
    else {
      entry.count += delta;
      if (entry.count === 0) patterns.delete(id);
    }
  };
  for (const record of records) add(record, 1);

  // fk of a candidate key (wildcard matching), stopping as soon as k is reached.
  const reachesK = (candidate: (string | null)[]) => {
    let total = 0;
    for (const { values, count } of patterns.values()) {
      let match = true;
      for (let j = 0; j < candidate.length; j++) {
        const a = candidate[j];
        const b = values[j];
        if (a !== null && b !== null && a !== b) {
          match = false;
          break;
        }
      }
      if (match) {
        total += count;
        if (total >= k) return true;
      }
    }
    return false;
  };

  const before = keyFrequencies(frame, keyList).withRowIndex(INTERNAL.row).filter(pl.col("fk").lt(k));
  const violating = (before.getColumn(INTERNAL.row).toArray() as number[]).map(Number);
  const initialFk = before.getColumn("fk").toArray() as number[];
  const order = violating
    .map((row, i) => ({ row, fk: initialFk[i] ?? 0 }))
    .sort((a, b) => a.fk - b.fk || a.row - b.row);
  const naiveSuppressions = violating.reduce(
    (s, row) => s + records[row]!.filter((v) => v !== null).length,
    0,
  );

  const rank = suppressionOrder(frame, keyList, options.importance);
  const maxSubset = options.maxSubsetSize ?? (keyList.length <= 12 ? keyList.length : 3);
  const byVariable: Record<string, number> = Object.fromEntries(keyList.map((key) => [key, 0]));
  const touched = new Set<number>();
  let suppressions = 0;
  // Frequencies only grow when values are suppressed, so records not violating at the start stay
  // ≥ k; each violating record is brought to k below, or fully suppressed.
  let reached = true;
  const suppressedMask = keyList.map(() => new Array<boolean>(n).fill(false));

  for (const { row } of order) {
    const current = records[row]!;
    if (reachesK(current)) continue;
    const available = rank.filter((j) => current[j] !== null);
    let chosen: number[] | undefined;
    for (let size = 1; size <= Math.min(maxSubset, available.length) && chosen === undefined; size++) {
      for (const subset of combinations(available, size)) {
        const candidate = current.map((v, j) => (subset.includes(j) ? null : v));
        if (reachesK(candidate)) {
          chosen = subset;
          break;
        }
      }
    }
    // Past the subset limit (or if nothing smaller works), suppress every remaining key: the record
    // then matches every record, so it reaches k exactly when the frame has at least k records.
    if (chosen === undefined) {
      chosen = available;
      if (n < k) reached = false;
    }
    add(current, -1);
    for (const j of chosen) {
      current[j] = null;
      suppressedMask[j]![row] = true;
      byVariable[keyList[j]!]! += 1;
      suppressions += 1;
    }
    add(current, 1);
    if (chosen.length > 0) touched.add(row);
  }

  const masks = keyList.map((_key, j) => pl.Series(`__oraccle_suppress_${j}`, suppressedMask[j]!, pl.Bool));
  let out = frame;
  if (suppressions > 0) {
    out = frame
      .withColumns(...masks)
      .withColumns(
        ...keyList.map((key, j) =>
          pl
            .when(pl.col(`__oraccle_suppress_${j}`))
            .then(pl.lit(null))
            .otherwise(pl.col(key))
            .alias(key),
        ),
      )
      .drop(masks.map((m) => m.name));
  }
  return {
    frame: out,
    k,
    suppressions,
    byVariable,
    rows: [...touched].sort((a, b) => a - b),
    violatingBefore: violating.length,
    naiveSuppressions,
    reached,
  };
}

/**
 * Key indices in the order they should be suppressed (first = suppressed first): by importance
 * descending (sdcMicro: 1 is kept longest), else by number of distinct values descending.
 */
function suppressionOrder(
  frame: pl.DataFrame,
  keys: string[],
  importance: Readonly<Record<string, number>> | undefined,
): number[] {
  const distinct = keys.map((key) => frame.getColumn(key).nUnique());
  const weight = (j: number) =>
    importance === undefined ? distinct[j]! : (importance[keys[j]!] ?? Number.POSITIVE_INFINITY);
  return keys
    .map((_, j) => j)
    .sort((a, b) => {
      const wa = weight(a);
      const wb = weight(b);
      return wa === wb ? a - b : wb > wa ? 1 : -1;
    });
}

/** All subsets of `items` of the given size, in lexicographic order of positions (keeps priority). */
function* combinations(items: number[], size: number, start = 0, prefix: number[] = []): Generator<number[]> {
  if (prefix.length === size) {
    yield prefix;
    return;
  }
  for (let i = start; i <= items.length - (size - prefix.length); i++) {
    yield* combinations(items, size, i + 1, [...prefix, items[i]!]);
  }
}
