import pl from "nodejs-polars";
import { ExitCode, OraccleError } from "../../core/errors.js";
import { INTERNAL, over, requireKeys, requireWeights } from "./frame-checks.js";

/**
 * How a missing key value (null) is counted.
 *
 * - `"wildcard"` (default, sdcMicro `freqCalc`): a missing value stands for *any* category, so a
 *   record with a null matches every record that agrees on its other keys. This is what makes local
 *   suppression work: erasing a value merges the record into larger classes.
 * - `"category"` (ARX, plain SQL `GROUP BY`): null is one more category; only records with a null in
 *   the same keys and equal other values match.
 *
 * @example
 * const missing: MissingKeyTreatment = "category"; // ARX: null is one more value
 */
export type MissingKeyTreatment = "wildcard" | "category";

/**
 * Options of {@link keyFrequencies}.
 *
 * @example
 * const options: KeyFrequencyOptions = { weights: "poids", missing: "wildcard", alpha: 1 };
 */
export interface KeyFrequencyOptions {
  /**
   * Column holding sampling weights. When given, the result also holds `Fk`, the sum of the weights
   * of the records sharing the key (estimated population frequency). Default: none (no `Fk`).
   */
  weights?: string | undefined;
  /** Treatment of missing key values. Default `"wildcard"` (sdcMicro's convention). */
  missing?: MissingKeyTreatment | undefined;
  /**
   * sdcMicro's `alpha` (0…1), only used with `missing: "wildcard"`: how much a match obtained
   * through a missing value counts. Default `1` (every wildcard match counts fully, sdcMicro default).
   * Note that sdcMicro's `alpha = 0` is *not* the `"category"` treatment: a record with a null still
   * counts the complete records it matches.
   */
  alpha?: number | undefined;
}

/**
 * Adds to every record the sample frequency `fk` of its key (number of records sharing the values of
 * the key variables) and, with weights, `Fk` (sum of their weights).
 *
 * Without missing key values, `fk = |{j : key_j = key_i}|` and `Fk = Σ w_j` over the same records,
 * computed with polars window expressions (`len().over(keys)`). With missing values treated as a
 * wildcard (sdcMicro `freqCalc`), two records *match* when, for every key, their values are equal or
 * either is null; then, with `n_j` the records of pattern j:
 *
 * - complete key i: `fk_i = n_i + α · Σ_{j with nulls, matching} n_j`
 * - key i with nulls: `fk_i = n_i + α · Σ_{j ≠ i with nulls, matching} n_j + Σ_{j complete, matching} n_j`
 * - key with only nulls: `fk_i = n` (all records)
 *
 * (sdcMicro leaves records whose keys are all null out of the frequencies of complete keys; we count
 * them — with α — because they match anyone; the results differ only when such records exist.)
 * and the same sums with weights for `Fk`. `fk` and `Fk` are Float64 (fractional when α < 1).
 * Rows keep their order and all their columns; existing `fk`/`Fk` columns are replaced.
 *
 * @param frame one row per record (unit of the risk: student, enrolment…)
 * @param keys key variables (quasi-identifiers)
 * @param options weights, missing-value treatment, alpha
 * @returns the frame with `fk` (and `Fk` when weighted) appended
 * @example
 * const df = pl.DataFrame({ sexe: ["1", "1", "2"], annais: [2004, 2004, null] });
 * keyFrequencies(df, ["sexe", "annais"]).getColumn("fk").toArray(); // [2, 2, 1]
 * keyFrequencies(df, ["sexe", "annais"], { missing: "category" }).getColumn("fk").toArray(); // [2, 2, 1]
 */
export function keyFrequencies(
  frame: pl.DataFrame,
  keys: readonly string[],
  options: KeyFrequencyOptions = {},
): pl.DataFrame {
  requireKeys(frame, keys);
  const weights = options.weights;
  if (weights !== undefined) requireWeights(frame, weights);
  const missing = options.missing ?? "wildcard";
  if (missing !== "wildcard" && missing !== "category") {
    throw new OraccleError(
      `missing must be "wildcard" or "category", not '${String(missing)}'`,
      ExitCode.usage,
    );
  }
  const alpha = options.alpha ?? 1;
  if (!(alpha >= 0 && alpha <= 1)) {
    throw new OraccleError(`alpha must lie between 0 and 1, not ${alpha}`, ExitCode.usage);
  }
  const keyList = [...keys];
  const base = frame.drop(frame.columns.filter((c) => c === "fk" || c === "Fk"));

  const hasMissing = keyList.some((key) => base.getColumn(key).nullCount() > 0);
  if (missing === "category" || !hasMissing || base.height === 0) {
    // Polars windows group nulls together, which is exactly the "own category" convention.
    const counts: pl.Expr[] = [over(pl.len(), keyList).cast(pl.Float64).alias("fk")];
    if (weights !== undefined) counts.push(over(pl.col(weights).cast(pl.Float64).sum(), keyList).alias("Fk"));
    return base.withColumns(...counts);
  }
  return wildcardFrequencies(base, keyList, weights, alpha);
}

/** One distinct key pattern: its values (null = missing), records and weight. */
interface KeyPattern {
  values: unknown[];
  records: number;
  weight: number;
  /** Indices of the non-missing keys, e.g. "0,2". */
  mask: string;
}

function wildcardFrequencies(
  frame: pl.DataFrame,
  keys: string[],
  weights: string | undefined,
  alpha: number,
): pl.DataFrame {
  const withRow = frame.withRowIndex(INTERNAL.row);
  const weightExpr = weights === undefined ? pl.lit(1).cast(pl.Float64) : pl.col(weights).cast(pl.Float64);
  // One row per distinct key pattern (nulls form their own groups here); the matching through
  // wildcards is then done on patterns, not records, which keeps it cheap on large files.
  const groups = withRow
    .groupBy(keys)
    .agg(pl.len().alias("__n"), weightExpr.sum().alias("__w"), pl.col(INTERNAL.row).alias("__rows"));
  const keyColumns = keys.map((key) => groups.getColumn(key).toArray() as unknown[]);
  const counts = groups.getColumn("__n").toArray() as number[];
  const sums = groups.getColumn("__w").toArray() as number[];
  // Rows of each pattern (a polars list column), to write each pattern's frequency back to its records.
  const members = groups.getColumn("__rows").toArray() as unknown as ArrayLike<number>[];
  const patterns: KeyPattern[] = counts.map((records, p) => {
    const values = keyColumns.map((column) => column[p] ?? null);
    const mask = values.flatMap((v, i) => (v === null ? [] : [i])).join(",");
    return { values, records, weight: sums[p] ?? 0, mask };
  });
  const totalRecords = withRow.height;
  const totalWeight = patterns.reduce((s, p) => s + p.weight, 0);
  const fullMask = keys.map((_, i) => i).join(",");

  const byMask = new Map<string, KeyPattern[]>();
  for (const pattern of patterns) {
    const list = byMask.get(pattern.mask) ?? [];
    list.push(pattern);
    byMask.set(pattern.mask, list);
  }
  // Two patterns match when they agree on the keys both know: the intersection of their masks.
  // For each (mask group, intersection) we index the group's projections once.
  const projectionIndex = new Map<string, Map<string, { records: number; weight: number }>>();
  const lookup = (pattern: KeyPattern, groupMask: string) => {
    const groupIndices = groupMask === "" ? [] : groupMask.split(",").map(Number);
    const own = new Set(pattern.mask === "" ? [] : pattern.mask.split(",").map(Number));
    const shared = groupIndices.filter((i) => own.has(i));
    const indexKey = `${groupMask}|${shared.join(",")}`;
    let index = projectionIndex.get(indexKey);
    if (index === undefined) {
      index = new Map();
      for (const member of byMask.get(groupMask) ?? []) {
        const projection = encodeValues(shared.map((i) => member.values[i]));
        const entry = index.get(projection) ?? { records: 0, weight: 0 };
        entry.records += member.records;
        entry.weight += member.weight;
        index.set(projection, entry);
      }
      projectionIndex.set(indexKey, index);
    }
    return index.get(encodeValues(shared.map((i) => pattern.values[i]))) ?? { records: 0, weight: 0 };
  };

  const fk: number[] = [];
  const Fk: number[] = [];
  for (const pattern of patterns) {
    if (pattern.mask === "") {
      fk.push(totalRecords);
      Fk.push(totalWeight);
      continue;
    }
    let completeRecords = 0;
    let completeWeight = 0;
    let partialRecords = 0;
    let partialWeight = 0;
    for (const groupMask of byMask.keys()) {
      const hit = lookup(pattern, groupMask);
      if (groupMask === fullMask) {
        completeRecords += hit.records;
        completeWeight += hit.weight;
      } else {
        partialRecords += hit.records;
        partialWeight += hit.weight;
      }
    }
    if (pattern.mask === fullMask) {
      // completeRecords is exactly this pattern's own count (projection on all keys).
      fk.push(completeRecords + alpha * partialRecords);
      Fk.push(completeWeight + alpha * partialWeight);
    } else {
      // partial sums include the pattern itself, which always counts fully.
      fk.push(pattern.records + alpha * (partialRecords - pattern.records) + completeRecords);
      Fk.push(pattern.weight + alpha * (partialWeight - pattern.weight) + completeWeight);
    }
  }

  const fkByRow = new Float64Array(withRow.height);
  const FkByRow = new Float64Array(withRow.height);
  patterns.forEach((_pattern, p) => {
    for (const row of Array.from(members[p]!)) {
      fkByRow[Number(row)] = fk[p]!;
      FkByRow[Number(row)] = Fk[p]!;
    }
  });
  const added: pl.Series[] = [pl.Series("fk", Array.from(fkByRow), pl.Float64)];
  if (weights !== undefined) added.push(pl.Series("Fk", Array.from(FkByRow), pl.Float64));
  return frame.withColumns(...added);
}

/** Encodes key values as a map key; typed so that the string "1" and the number 1 stay apart. */
function encodeValues(values: unknown[]): string {
  return values.map((v) => `${typeof v}:${String(v)}`).join("\u0001");
}
