import { caseWeights, isWeighted } from "./case-weights.js";
import { MISSING_SYMBOL, type SequenceSet } from "./sequence-set.js";

/**
 * Options of {@link stateDistribution}.
 *
 * @example
 * const options: StateDistributionOptions = { weighted: false };
 */
export interface StateDistributionOptions {
  /** Use the set's case weights when it has some. Default `true` (TraMineR `weighted = TRUE`). */
  weighted?: boolean;
  /** Count missing cells as an extra state `*`. Default `false` (TraMineR `with.missing = FALSE`). */
  withMissing?: boolean;
  /** Divide the entropy by ln(number of states). Default `true` (TraMineR `norm = TRUE`). */
  normaliseEntropy?: boolean;
}

/**
 * Cross-sectional state distribution, as returned by TraMineR's `seqstatd`.
 *
 * @example
 * const d: StateDistribution = stateDistribution(set);
 * d.frequencies[0]![3]; // share of the first state at the 4th position
 */
export interface StateDistribution {
  /** States in alphabet order (plus `*` when `withMissing`). */
  states: string[];
  /** Labels of `states`. */
  labels: string[];
  /** Colours of `states` (the missing colour for `*`). */
  colors: string[];
  /** Position names. */
  positions: string[];
  /** `frequencies[s][t]`: share of state `s` at position `t` among valid cells (`NaN` if none). */
  frequencies: number[][];
  /** `validStates[t]`: (weighted) number of valid cells at `t` — non-void and non-missing unless `withMissing`. */
  validStates: number[];
  /** `entropy[t]`: Shannon entropy of the distribution at `t` (natural log), normalised by default. */
  entropy: number[];
  /** Sum of the weights of all sequences (TraMineR attribute `nbseq`). */
  totalWeight: number;
  /** Whether non-unit weights were used. */
  weighted: boolean;
}

/**
 * Per-position state distribution, valid N and cross-sectional entropy — TraMineR's
 * `seqstatd(seqdata, weighted = TRUE, with.missing = FALSE, norm = TRUE)`.
 *
 * Convention (TraMineR): shares are computed among the (weighted) non-void cells whose state is in
 * the alphabet (plus missing with `withMissing`); void cells after a shorter sequence's end are never
 * counted. The entropy −Σ p ln p is divided by ln |A|, |A| being the size of the alphabet (plus one
 * with `withMissing`), not the number of states observed at that position. A position with no valid
 * cell gets `NaN` shares and entropy, as in R.
 *
 * @example
 * const set = defineSequences([["A", "B"], ["A", "A"]], { alphabet: ["A", "B"] });
 * stateDistribution(set).frequencies; // [[1, 0.5], [0, 0.5]]
 */
export function stateDistribution(
  set: SequenceSet,
  options: StateDistributionOptions = {},
): StateDistribution {
  const weighted = options.weighted ?? true;
  const withMissing = options.withMissing ?? false;
  const normalize = options.normaliseEntropy ?? true;
  const weights = caseWeights(set, weighted);
  const stateCount = set.alphabet.length + (withMissing ? 1 : 0);
  const width = set.positions.length;
  const counts = Array.from({ length: stateCount }, () => new Float64Array(width));
  set.sequences.forEach((sequence, i) => {
    const w = weights[i] as number;
    for (let t = 0; t < sequence.length; t++) {
      const code = sequence[t] as number;
      if (code < stateCount) (counts[code] as Float64Array)[t] += w;
    }
  });
  const validStates = Array.from({ length: width }, (_, t) =>
    counts.reduce((sum, row) => sum + (row[t] as number), 0),
  );
  const frequencies = counts.map((row) => Array.from(row, (n, t) => n / (validStates[t] as number)));
  const maxEntropy = normalize ? Math.log(stateCount) : 1;
  const entropy = validStates.map(
    (_, t) => shannonEntropy(frequencies.map((row) => row[t] as number)) / maxEntropy,
  );
  return {
    states: withMissing ? [...set.alphabet, MISSING_SYMBOL] : [...set.alphabet],
    labels: withMissing ? [...set.labels, "missing"] : [...set.labels],
    colors: withMissing ? [...set.colors, set.missingColor] : [...set.colors],
    positions: [...set.positions],
    frequencies,
    validStates,
    entropy,
    totalWeight: weights.reduce((a, b) => a + b, 0),
    weighted: isWeighted(set, weighted),
  };
}

/**
 * Shannon entropy −Σ p ln p of a distribution given as non-negative masses (TraMineR `entropy`):
 * zero masses are dropped, the rest rescaled to sum to 1; an all-zero vector has entropy 0.
 *
 * @example
 * shannonEntropy([1, 1]); // Math.LN2
 */
export function shannonEntropy(masses: readonly number[]): number {
  const kept = masses.filter((m) => m !== 0);
  const total = kept.reduce((a, b) => a + b, 0);
  let h = 0;
  for (const m of kept) {
    const p = m / total;
    h -= p * Math.log(p);
  }
  return h;
}
