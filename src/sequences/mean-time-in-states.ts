import { caseWeights } from "./case-weights.js";
import { MISSING_SYMBOL, type SequenceSet } from "./sequence-set.js";
import { stateCounts } from "./state-counts.js";

/**
 * Options of {@link meanTimeInStates}.
 *
 * @example
 * const options: MeanTimeOptions = { proportions: true };
 */
export interface MeanTimeOptions {
  /** Use the set's case weights when it has some. Default `true` (TraMineR `weighted = TRUE`). */
  weighted?: boolean;
  /** Add the missing state `*`. Default `false` (TraMineR `with.missing = FALSE`). */
  withMissing?: boolean;
  /** Average the share of each sequence's (counted) length instead of the time. Default `false` (`prop = FALSE`). */
  proportions?: boolean;
}

/**
 * Mean time spent in one state.
 *
 * @example
 * const row: MeanTimeInState = meanTimeInStates(set)[0]!;
 */
export interface MeanTimeInState {
  /** State code. */
  state: string;
  /** State label. */
  label: string;
  /** Weighted mean time (or share) over all sequences: TraMineR `Mean`. */
  mean: number;
  /** Weighted variance, with TraMineR's `serr = TRUE` correction W/(W² − Σw²): `Var`. */
  variance: number;
  /** Square root of `variance`: `Stdev`. */
  standardDeviation: number;
  /** Standard error sqrt(variance / W): `SE`. */
  standardError: number;
}

/**
 * Mean time spent in each state — TraMineR's `seqmeant(seqdata, weighted = TRUE, with.missing = FALSE,
 * prop = FALSE, serr = TRUE)`.
 *
 * Convention (TraMineR): mean = Σᵢ wᵢ tᵢₛ / W over *all* sequences (short ones simply spend less
 * time); with `serr`, Var = Σᵢ wᵢ (tᵢₛ − mean)² · W / (W² − Σᵢ wᵢ²), SE = sqrt(Var / W).
 *
 * @example
 * const set = defineSequences([["A", "A"], ["A", "B"]], { alphabet: ["A", "B"] });
 * meanTimeInStates(set).map((r) => r.mean); // [1.5, 0.5]
 */
export function meanTimeInStates(set: SequenceSet, options: MeanTimeOptions = {}): MeanTimeInState[] {
  const withMissing = options.withMissing ?? false;
  const weights = caseWeights(set, options.weighted ?? true);
  let counts = stateCounts(set, withMissing);
  if (options.proportions) {
    counts = counts.map((row) => {
      const total = row.reduce((a, b) => a + b, 0);
      return row.map((n) => n / total);
    });
  }
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const squaredWeights = weights.reduce((a, b) => a + b * b, 0);
  const states = withMissing ? [...set.alphabet, MISSING_SYMBOL] : [...set.alphabet];
  const labels = withMissing ? [...set.labels, "missing"] : [...set.labels];
  return states.map((state, s) => {
    let sum = 0;
    counts.forEach((row, i) => {
      sum += (weights[i] as number) * (row[s] as number);
    });
    const mean = sum / totalWeight;
    let spread = 0;
    counts.forEach((row, i) => {
      spread += (weights[i] as number) * ((row[s] as number) - mean) ** 2;
    });
    const variance = (spread * totalWeight) / (totalWeight * totalWeight - squaredWeights);
    return {
      state,
      label: labels[s] as string,
      mean,
      variance,
      standardDeviation: Math.sqrt(variance),
      standardError: Math.sqrt(variance / totalWeight),
    };
  });
}
