import type pl from "nodejs-polars";
import { ExitCode, OraccleError } from "../../core/errors.js";
import { requireKeys } from "./frame-checks.js";
import { type KeyCodes, minimalSampleUniques } from "./minimal-sample-uniques.js";

/**
 * Options of {@link suda2}.
 *
 * @example
 * const options: Suda2Options = { maxSize: 3, disFraction: 0.01, scoring: "elliot" };
 */
export interface Suda2Options {
  /** Largest MSU size searched, 1 … number of keys. Default: the number of keys (sdcMicro). */
  maxSize?: number | undefined;
  /** Sampling fraction of the DIS risk, in (0, 1). Default `0.01` (sdcMicro `DisFraction`). */
  disFraction?: number | undefined;
  /**
   * Weight of an MSU of size k. `"elliot"` (default, sdcMicro ≥ 5.0.3 `original_scores = TRUE`):
   * `Π_{i=k}^{M} (m − i)` with M = min(maxSize, m − 1), m keys (empty product = 1). `"legacy"`
   * (sdcMicro ≤ 5.0.2, `original_scores = FALSE`): `(2^(m−k) − 1) · k! · (m − k)! / m!`.
   */
  scoring?: "elliot" | "legacy" | undefined;
}

/**
 * What {@link suda2} finds: SUDA and DIS-SUDA scores per record and the share of the risk each key
 * variable (and each of its values) carries.
 *
 * @example
 * const s: Suda2 = suda2(df, ["sexe", "age", "diplom"]);
 * s.score[0]; // SUDA score of the first record (0 unless it is a special unique)
 */
export interface Suda2 {
  /** Key variables, in the order of the masks and contributions. */
  keys: string[];
  /** Largest MSU size searched. */
  maxSize: number;
  /** Scoring used. */
  scoring: "elliot" | "legacy";
  /** Sampling fraction of the DIS measure. */
  disFraction: number;
  /** Weight of an MSU of size k, at index k − 1. */
  msuWeights: number[];
  /** Records unique on the whole key (U of the DIS measure). */
  sampleUniques: number;
  /** Records in keys shared by exactly two records (P of the DIS measure). */
  pairedRecords: number;
  /** File-level DIS probability `U·f / (U·f + P·(1 − f))`. */
  dis: number;
  /** MSU masks per record (bit i = `keys[i]`). */
  msus: number[][];
  /** SUDA score per record: sum of the weights of its MSUs. */
  score: number[];
  /** DIS-SUDA score per record (sdcMicro's calibration of the SUDA scores by the DIS risk). */
  disScore: number[];
  /** Per record and key: share of the record's score from MSUs holding that key (0 without MSU). */
  contributions: number[][];
  /** Per key: 100 · Σ_r contribution·score / Σ_r score (sdcMicro `attribute_contributions`). */
  attributeContributions: { variable: string; contribution: number }[];
  /** Per key value: its share (%) of the key's contribution (sdcMicro `attribute_level_contributions`). */
  attributeLevelContributions: { variable: string; attribute: string; contribution: number }[];
}

/**
 * SUDA2 (Special Uniques Detection Algorithm), as sdcMicro's `suda2`: finds every record's minimal
 * sample uniques (see {@link minimalSampleUniques}), scores them — the fewer variables an MSU needs,
 * the heavier its weight — and turns the scores into DIS-SUDA probabilities.
 *
 * - SUDA score of a record: `Σ_{MSU} w(|MSU|)` (see {@link Suda2Options.scoring}).
 * - DIS (Elliot & Manning 2003): with U sample uniques on the whole key, P records in pairs and
 *   sampling fraction f, `dis = U·f / (U·f + P·(1 − f))`.
 * - DIS-SUDA of a scored record: `1 / (1 + (U/dis − U) / (s^Q · Σ_j s_j^−Q))`, `Q = 1 + (8 − m)/20`;
 *   0 without MSU (sdcMicro's formula; it only depends on the scores' ratios).
 *
 * Missing values (null) never take part in an MSU; records are equal on a variable when their values
 * are (null included) for the DIS counts. Unlike sdcMicro, one or two keys get no dummy variables.
 *
 * @param frame one row per record
 * @param keys key variables (at most 30)
 * @param options maximum MSU size, DIS sampling fraction, scoring
 * @example
 * const df = pl.DataFrame({ a: ["x", "x", "y"], b: ["u", "v", "v"], c: ["1", "1", "1"] });
 * suda2(df, ["a", "b", "c"]).score; // [2, 1, 2]: MSUs {b = u}, {a = x, b = v}, {a = y}
 */
export function suda2(frame: pl.DataFrame, keys: readonly string[], options: Suda2Options = {}): Suda2 {
  requireKeys(frame, keys);
  const m = keys.length;
  if (m > 30) throw new OraccleError(`suda2 handles at most 30 key variables, not ${m}`, ExitCode.usage);
  const maxSize = options.maxSize ?? m;
  if (!Number.isInteger(maxSize) || maxSize < 1 || maxSize > m) {
    throw new OraccleError(`maxSize must be an integer from 1 to ${m}, not ${maxSize}`, ExitCode.usage);
  }
  const f = options.disFraction ?? 0.01;
  if (!(f > 0 && f < 1)) throw new OraccleError(`disFraction must lie in (0, 1), not ${f}`, ExitCode.usage);
  const scoring = options.scoring ?? "elliot";
  if (scoring !== "elliot" && scoring !== "legacy") {
    throw new OraccleError(`scoring must be "elliot" or "legacy", not '${String(scoring)}'`, ExitCode.usage);
  }
  const values = keys.map((key) => frame.getColumn(key).toArray() as unknown[]);
  const codes = encodeKeys(values, frame.height);
  const { msus } = minimalSampleUniques(codes, maxSize);
  const weights = msuWeights(m, maxSize, scoring);
  const score = msus.map((list) => list.reduce((s, mask) => s + weights[popCount(mask) - 1]!, 0));
  const { uniques, paired } = uniquesAndPairs(codes);
  const dis = (uniques * f) / (uniques * f + paired * (1 - f));
  const contributions = msus.map((list, r) => keyShares(list, m, weights, score[r]!));
  return {
    keys: [...keys],
    maxSize,
    scoring,
    disFraction: f,
    msuWeights: weights,
    sampleUniques: uniques,
    pairedRecords: paired,
    dis,
    msus,
    score,
    disScore: disSudaScores(score, m, uniques, dis),
    contributions,
    attributeContributions: keys.map((variable, v) => ({
      variable,
      contribution: percent(
        contributions.reduce((s, c, r) => s + c[v]! * score[r]!, 0),
        score.reduce((s, x) => s + x, 0),
      ),
    })),
    attributeLevelContributions: levelContributions(keys, values, contributions, score),
  };
}

/** Weight of an MSU of size k (index k − 1). */
function msuWeights(m: number, maxSize: number, scoring: "elliot" | "legacy"): number[] {
  const factorial = (x: number) => Array.from({ length: x }, (_, i) => i + 1).reduce((p, y) => p * y, 1);
  return Array.from({ length: m }, (_, i) => {
    const k = i + 1;
    if (scoring === "legacy") return ((2 ** (m - k) - 1) * factorial(k) * factorial(m - k)) / factorial(m);
    let product = 1;
    for (let j = k; j <= Math.min(maxSize, m - 1); j++) product *= m - j;
    return product;
  });
}

function disSudaScores(score: number[], m: number, uniques: number, dis: number): number[] {
  const q = 1 + (8 - m) / 20;
  const adjust = score.reduce((s, x) => (x > 0 ? s + x ** -q : s), 0);
  return score.map((s) => (s > 0 ? 1 / (1 + (uniques / dis - uniques) / (s ** q * adjust)) : 0));
}

function keyShares(list: number[], m: number, weights: number[], score: number): number[] {
  const shares = new Array<number>(m).fill(0);
  if (score === 0) return shares;
  for (const mask of list) {
    const w = weights[popCount(mask) - 1]!;
    for (let v = 0; v < m; v++) if ((mask & (1 << v)) !== 0) shares[v]! += w / score;
  }
  return shares;
}

function levelContributions(
  keys: readonly string[],
  values: unknown[][],
  contributions: number[][],
  score: number[],
): Suda2["attributeLevelContributions"] {
  return keys.flatMap((variable, v) => {
    const byLevel = new Map<string, number>();
    let total = 0;
    values[v]!.forEach((value, r) => {
      const part = contributions[r]![v]! * score[r]!;
      const level = value === null || value === undefined ? "" : String(value);
      byLevel.set(level, (byLevel.get(level) ?? 0) + part);
      total += part;
    });
    return [...byLevel.keys()]
      .sort()
      .map((attribute) => ({ variable, attribute, contribution: percent(byLevel.get(attribute)!, total) }));
  });
}

/** Dense codes per key variable (null → −1), values told apart by type ("1" ≠ 1). */
function encodeKeys(values: unknown[][], records: number): KeyCodes {
  const variables = values.map((column) => {
    const dictionary = new Map<string, number>();
    return Int32Array.from(column, (value) => {
      if (value === null || value === undefined) return -1;
      const token = `${typeof value}:${String(value)}`;
      let code = dictionary.get(token);
      if (code === undefined) {
        code = dictionary.size;
        dictionary.set(token, code);
      }
      return code;
    });
  });
  return { records, variables };
}

/** U (records unique on the whole key) and P (records in keys held by exactly two records). */
function uniquesAndPairs(codes: KeyCodes): { uniques: number; paired: number } {
  const counts = new Map<string, number>();
  const keyOf = (r: number) => codes.variables.map((variable) => variable[r]).join(",");
  for (let r = 0; r < codes.records; r++) counts.set(keyOf(r), (counts.get(keyOf(r)) ?? 0) + 1);
  let uniques = 0;
  let paired = 0;
  for (const count of counts.values()) {
    if (count === 1) uniques += 1;
    if (count === 2) paired += 2;
  }
  return { uniques, paired };
}

function popCount(mask: number): number {
  let count = 0;
  for (let x = mask; x !== 0; x &= x - 1) count += 1;
  return count;
}

function percent(part: number, total: number): number {
  return total === 0 ? 0 : (100 * part) / total;
}
