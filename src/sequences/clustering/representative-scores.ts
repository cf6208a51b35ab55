import {
  checkEncodedSequences,
  checkWeights,
  type EncodedSequenceOptions,
} from "../distances/encoded-sequences.js";
import { encodedTransitionRates } from "../distances/encoded-transition-rates.js";

/**
 * Options of {@link modalStateScores} and {@link sequenceLogProbabilities}.
 *
 * @example
 * const options: RepresentativeScoreOptions = { alphabetSize: 6, weights: null };
 */
export interface RepresentativeScoreOptions extends EncodedSequenceOptions {
  /** Case weights (TraMineR `weighted = TRUE`). Default: none. */
  weights?: ArrayLike<number> | null | undefined;
}

/**
 * The `mscore` criterion of TraMineR's `seqrep()` (`TraMineR.mscore`): for each sequence, the sum over
 * positions of the (weighted) frequency of its state at that position among the valid states there
 * (`seqstatd()$Frequencies`); void and missing cells add nothing. Higher = more typical.
 *
 * @example
 * modalStateScores([Int32Array.of(0, 0), Int32Array.of(0, 1)], { alphabetSize: 2 }); // [1.5, 1.5]
 */
export function modalStateScores(
  sequences: readonly Int32Array[],
  options: RepresentativeScoreOptions,
): Float64Array {
  checkEncodedSequences(sequences, { alphabetSize: options.alphabetSize, withMissing: true });
  checkWeights(options.weights, sequences.length);
  const n = options.alphabetSize;
  let length = 0;
  for (const s of sequences) length = Math.max(length, s.length);
  const counts = new Float64Array(length * n);
  const totals = new Float64Array(length);
  sequences.forEach((s, k) => {
    const w = options.weights ? options.weights[k]! : 1;
    for (let t = 0; t < s.length; t++) {
      if (s[t]! >= n) continue;
      counts[t * n + s[t]!]! += w;
      totals[t]! += w;
    }
  });
  return Float64Array.from(sequences, (s) => {
    let score = 0;
    for (let t = 0; t < s.length; t++) if (s[t]! < n) score += counts[t * n + s[t]!]! / totals[t]!;
    return score;
  });
}

/**
 * The `prob` criterion of TraMineR's `seqrep()`: `seqlogp()` with its defaults, i.e. −log of the
 * probability of each sequence under a time-varying Markov chain — frequency of its first state at
 * the first position times the transition rates p⁽ᵗ⁾(xₜ₊₁ | xₜ) of {@link encodedTransitionRates}
 * (weighted). Factors equal to 0 are skipped, as TraMineR does. Lower = more probable.
 *
 * @example
 * sequenceLogProbabilities([Int32Array.of(0, 0), Int32Array.of(0, 1)], { alphabetSize: 2 }); // [ln 2, ln 2]
 */
export function sequenceLogProbabilities(
  sequences: readonly Int32Array[],
  options: RepresentativeScoreOptions,
): Float64Array {
  checkEncodedSequences(sequences, options);
  checkWeights(options.weights, sequences.length);
  const n = options.alphabetSize + (options.withMissing ? 1 : 0);
  const first = new Float64Array(n);
  let firstTotal = 0;
  sequences.forEach((s, k) => {
    if (s.length === 0) return;
    const w = options.weights ? options.weights[k]! : 1;
    first[s[0]!]! += w;
    firstTotal += w;
  });
  const rates = encodedTransitionRates(sequences, { ...options, timeVarying: true });
  return Float64Array.from(sequences, (s) => {
    if (s.length === 0) return 0;
    let logp = 0;
    const p0 = first[s[0]!]! / firstTotal;
    if (p0 > 0) logp -= Math.log(p0);
    for (let t = 1; t < s.length; t++) {
      const p = rates[((t - 1) * n + s[t - 1]!) * n + s[t]!]!;
      if (p > 0) logp -= Math.log(p);
    }
    return logp;
  });
}
