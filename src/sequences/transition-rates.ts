import { InputError } from "../core/errors.js";
import { caseWeights } from "./case-weights.js";
import { MISSING_SYMBOL, type SequenceSet } from "./sequence-set.js";

/**
 * Options of {@link transitionRates} and {@link transitionRatesByPosition}.
 *
 * @example
 * const options: TransitionRateOptions = { lag: 2, count: true };
 */
export interface TransitionRateOptions {
  /**
   * Distance in positions between origin and destination; negative values look backwards, as in
   * TraMineR. Default `1` (TraMineR `lag = 1`).
   */
  lag?: number;
  /** Use the set's case weights when it has some. Default `true` (TraMineR `weighted = TRUE`). */
  weighted?: boolean;
  /** Treat missing `*` as a state (row and column). Default `false` (TraMineR `with.missing = FALSE`). */
  withMissing?: boolean;
  /** Return (weighted) transition counts instead of rates. Default `false` (TraMineR `count = FALSE`). */
  count?: boolean;
}

/**
 * A transition-rate (or count) matrix: `rates[i][j]` = p(state j at t + lag | state i at t).
 *
 * @example
 * const r: TransitionRates = transitionRates(set);
 * r.rates[0]![1]; // p(second state | first state)
 */
export interface TransitionRates {
  /** Origin and destination states (alphabet order, plus `*` when `withMissing`). */
  states: string[];
  /** Row = origin, column = destination. Rates, or weighted counts with `count`. */
  rates: number[][];
}

/**
 * Time-varying transition rates: one matrix per origin position.
 *
 * @example
 * const r: TransitionRatesByPosition = transitionRatesByPosition(set);
 * r.rates[0]; // matrix between positions 1 and 1 + lag
 */
export interface TransitionRatesByPosition {
  /** Origin and destination states. */
  states: string[];
  /** Names of the origin positions (the first `positions.length − lag`, or the last ones for a negative lag). */
  positions: string[];
  /** `rates[t][i][j]`: rate (or count) from state i at position t to state j at t + lag. */
  rates: number[][][];
}

/**
 * Transition rates between states pooled over all positions — TraMineR's
 * `seqtrate(seqdata, time.varying = FALSE, weighted = TRUE, lag = 1, with.missing = FALSE, count = FALSE)`.
 *
 * Convention (TraMineR): p(j | i) = Σₜ n(i at t, j at t + lag) / Σₜ n(i at t, non-void at t + lag),
 * where the denominator excludes destinations that are void (after the sequence's end) and, unless
 * `withMissing`, missing. A state never followed by a valid cell gets a row of zeros (not NaN).
 *
 * @example
 * const set = defineSequences([["A", "A", "B"]], { alphabet: ["A", "B"] });
 * transitionRates(set).rates; // [[0.5, 0.5], [0, 0]]
 */
export function transitionRates(set: SequenceSet, options: TransitionRateOptions = {}): TransitionRates {
  const { states, numerators, denominators } = accumulate(set, options, false);
  const numerator = numerators[0] as Float64Array[];
  const denominator = denominators[0] as Float64Array;
  return { states, rates: toRates(numerator, denominator, options.count ?? false) };
}

/**
 * Time-varying transition rates, one matrix per origin position — TraMineR's
 * `seqtrate(seqdata, time.varying = TRUE)`, same conventions as {@link transitionRates}.
 *
 * @example
 * const byYear = transitionRatesByPosition(set, { lag: 1 });
 * byYear.rates.length; // number of positions − 1
 */
export function transitionRatesByPosition(
  set: SequenceSet,
  options: TransitionRateOptions = {},
): TransitionRatesByPosition {
  const { states, numerators, denominators, firstOrigin, originCount } = accumulate(set, options, true);
  const rates = numerators.map((numerator, t) =>
    toRates(numerator, denominators[t] as Float64Array, options.count ?? false),
  );
  return { states, positions: set.positions.slice(firstOrigin, firstOrigin + originCount), rates };
}

function accumulate(set: SequenceSet, options: TransitionRateOptions, byPosition: boolean) {
  const lag = options.lag ?? 1;
  if (!Number.isInteger(lag) || Math.abs(lag) >= set.positions.length) {
    throw new InputError(
      `lag must be an integer between −${set.positions.length - 1} and ${set.positions.length - 1}`,
      { file: "transition rates", column: "lag", value: String(lag) },
      "choose a smaller lag",
    );
  }
  // A negative lag looks backwards (TraMineR: origins at positions |lag|+1 … T, destinations t + lag).
  const firstOrigin = Math.max(0, -lag);
  const withMissing = options.withMissing ?? false;
  const weights = caseWeights(set, options.weighted ?? true);
  const size = set.alphabet.length + (withMissing ? 1 : 0);
  const slices = byPosition ? set.positions.length - Math.abs(lag) : 1;
  const numerators = Array.from({ length: slices }, () =>
    Array.from({ length: size }, () => new Float64Array(size)),
  );
  const denominators = Array.from({ length: slices }, () => new Float64Array(size));
  set.sequences.forEach((sequence, s) => {
    const w = weights[s] as number;
    for (let t = firstOrigin; t < sequence.length && t + lag < sequence.length; t++) {
      const from = sequence[t] as number;
      const to = sequence[t + lag] as number;
      // Origins outside the counted states (missing without withMissing) are not rows at all.
      if (from >= size || to >= size) continue;
      const slice = byPosition ? t - firstOrigin : 0;
      (denominators[slice] as Float64Array)[from] += w;
      ((numerators[slice] as Float64Array[])[from] as Float64Array)[to] += w;
    }
  });
  const states = withMissing ? [...set.alphabet, MISSING_SYMBOL] : [...set.alphabet];
  return { states, numerators, denominators, firstOrigin, originCount: slices };
}

function toRates(numerator: Float64Array[], denominator: Float64Array, count: boolean): number[][] {
  return numerator.map((row, i) => {
    const total = denominator[i] as number;
    if (count) return Array.from(row);
    return Array.from(row, (n) => (total === 0 ? 0 : n / total));
  });
}
