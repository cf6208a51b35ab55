import {
  checkEncodedSequences,
  checkWeights,
  type EncodedSequenceOptions,
  stateCount,
} from "./encoded-sequences.js";

/**
 * Options of {@link encodedTransitionRates}.
 *
 * @example
 * const options: EncodedTransitionRateOptions = { alphabetSize: 4, weights: null, lag: 1 };
 */
export interface EncodedTransitionRateOptions extends EncodedSequenceOptions {
  /** Case weights (one per sequence); `null`/absent counts each sequence once. Default: none. */
  weights?: ArrayLike<number> | null | undefined;
  /** Distance between the two positions of a transition. Default `1`. */
  lag?: number | undefined;
  /** One matrix per starting position `t` instead of one pooled matrix. Default `false`. */
  timeVarying?: boolean | undefined;
}

/**
 * Transition rates p(j | i) computed directly on encoded sequences, following TraMineR 2.2's
 * `seqtrate`: p(j|i) = Σₜ n(i at t, j at t+lag) / Σₜ n(i at t, a non-void state at t+lag), where
 * "non-void" also excludes the missing state unless `withMissing` is set; a row with an empty
 * denominator is all zeros. Weighted sums when weights are given (`weighted = TRUE`).
 *
 * Returns a row-major `n × n` matrix (`rates[i * n + j]`, n = alphabet size, + 1 with missing), or
 * with `timeVarying` a `(L - lag) × n × n` array (`rates[(t * n + i) * n + j]`, L the longest length).
 *
 * @example
 * const rates = encodedTransitionRates([Int32Array.of(0, 0, 1)], { alphabetSize: 2 });
 * // rates = [0.5, 0.5, 0, 0]: from state 0, one stay and one move to 1
 */
export function encodedTransitionRates(
  sequences: readonly Int32Array[],
  options: EncodedTransitionRateOptions,
): Float64Array {
  // seqtrate accepts missing cells even without `with.missing`: they are simply not counted.
  checkEncodedSequences(sequences, { alphabetSize: options.alphabetSize, withMissing: true });
  checkWeights(options.weights, sequences.length);
  const n = stateCount(options);
  const lag = options.lag ?? 1;
  const weights = options.weights ?? null;
  let maxLength = 0;
  for (const s of sequences) maxLength = Math.max(maxLength, s.length);
  const slices = options.timeVarying ? Math.max(0, maxLength - lag) : 1;
  const counts = new Float64Array(slices * n * n);
  const totals = new Float64Array(slices * n);
  for (let k = 0; k < sequences.length; k++) {
    const s = sequences[k]!;
    const w = weights ? weights[k]! : 1;
    // Cells past the end are void: the pair (t, t+lag) exists only when t+lag < length.
    for (let t = 0; t + lag < s.length; t++) {
      const from = s[t]!;
      const to = s[t + lag]!;
      // Without `withMissing`, a missing cell (code n) is neither a valid origin nor a valid destination.
      if (from >= n || to >= n) continue;
      const slice = options.timeVarying ? t : 0;
      counts[(slice * n + from) * n + to]! += w;
      totals[slice * n + from]! += w;
    }
  }
  for (let slice = 0; slice < slices; slice++) {
    for (let i = 0; i < n; i++) {
      const total = totals[slice * n + i]!;
      for (let j = 0; j < n; j++) {
        const index = (slice * n + i) * n + j;
        counts[index] = total === 0 ? 0 : counts[index]! / total;
      }
    }
  }
  return counts;
}
