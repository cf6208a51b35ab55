import { checkWeights } from "./encoded-sequences.js";

/**
 * Identical sequences grouped once, with their summed weights — WeightedCluster's
 * `wcAggregateCases()` result (same field names).
 *
 * @example
 * const agg: AggregatedCases = aggregateCases([Int32Array.of(0), Int32Array.of(1), Int32Array.of(0)]);
 * agg.aggIndex; // Int32Array [0, 1]
 */
export interface AggregatedCases {
  /** For each unique sequence, the index of its first case (in case order). */
  readonly aggIndex: Int32Array;
  /** For each unique sequence, the sum of the weights of its cases (their count without weights). */
  readonly aggWeights: Float64Array;
  /** For each case, the index of its unique sequence in `aggIndex`. */
  readonly disaggIndex: Int32Array;
}

/**
 * Groups identical sequences (same states, same length), as WeightedCluster's `wcAggregateCases()`:
 * unique sequences are listed in order of first appearance; their weights are the summed case weights
 * (or counts). Compute distances and clusters on the unique sequences with `aggWeights` as weights,
 * then bring labels back to cases with {@link disaggregate}.
 *
 * @example
 * const agg = aggregateCases([Int32Array.of(0, 1), Int32Array.of(0, 1), Int32Array.of(1)], Float64Array.of(1, 2, 1));
 * agg.aggWeights;  // Float64Array [3, 1]
 * agg.disaggIndex; // Int32Array [0, 0, 1]
 */
export function aggregateCases(
  sequences: readonly Int32Array[],
  weights?: ArrayLike<number> | null,
): AggregatedCases {
  checkWeights(weights, sequences.length);
  const seen = new Map<string, number>();
  const first: number[] = [];
  const sums: number[] = [];
  const disaggIndex = new Int32Array(sequences.length);
  for (let i = 0; i < sequences.length; i++) {
    const key = sequences[i]!.join(",");
    let u = seen.get(key);
    if (u === undefined) {
      u = first.length;
      seen.set(key, u);
      first.push(i);
      sums.push(0);
    }
    sums[u]! += weights ? weights[i]! : 1;
    disaggIndex[i] = u;
  }
  return { aggIndex: Int32Array.from(first), aggWeights: Float64Array.from(sums), disaggIndex };
}

/**
 * Gives each case the value of its unique sequence (cluster label, distance to centre…):
 * `result[c] = values[disaggIndex[c]]`.
 *
 * @example
 * disaggregate(Int32Array.of(1, 2), Int32Array.of(0, 0, 1)); // Int32Array [1, 1, 2]
 */
export function disaggregate<T extends Int32Array | Float64Array>(
  values: T,
  disaggIndex: ArrayLike<number>,
): T {
  const out = new (values.constructor as { new (n: number): T })(disaggIndex.length);
  for (let c = 0; c < disaggIndex.length; c++) out[c] = values[disaggIndex[c]!]!;
  return out;
}
