import { complexityIndex } from "./complexity-index.js";
import { distinctSuccessiveStates } from "./distinct-successive-states.js";
import { longitudinalEntropy } from "./longitudinal-entropy.js";
import { type MeanTimeInState, meanTimeInStates } from "./mean-time-in-states.js";
import { modalStateSequence } from "./modal-state-sequence.js";
import { type SequenceFrequency, sequenceFrequencies } from "./sequence-frequencies.js";
import { sequenceLength } from "./sequence-length.js";
import type { SequenceSet } from "./sequence-set.js";
import { spellDurations } from "./spell-durations.js";
import { toSps, toSts } from "./sps-format.js";
import { stateDistribution } from "./state-distribution.js";
import { subsequenceCount } from "./subsequence-count.js";
import { transitionCount } from "./transition-count.js";
import { transitionRates } from "./transition-rates.js";
import { turbulence } from "./turbulence.js";

/**
 * Per-sequence indicators of one sequence (one row of {@link SequenceStatistics.sequences}).
 *
 * @example
 * const row: SequenceIndicators = sequenceStatistics(set).sequences[0]!;
 */
export interface SequenceIndicators {
  /** Sequence id. */
  id: string;
  /** Case weight (1 without weights). */
  weight: number;
  /** `seqlength` (missing cells included). */
  length: number;
  /** The sequence in SPS format, e.g. `(EM,3)-(TR,2)`. */
  sps: string;
  /** Distinct successive states (`seqdss`), codes joined by `-`. */
  dss: string;
  /** Spell durations (`seqdur`). */
  durations: number[];
  /** Number of transitions (`seqtransn`). */
  transitions: number;
  /** Number of distinct subsequences of the DSS, empty one included (`seqsubsn`). */
  subsequences: number;
  /** Normalised longitudinal entropy (`seqient`). */
  entropy: number;
  /** Turbulence (`seqST`). */
  turbulence: number;
  /** Normalised turbulence (`seqST(norm = TRUE)`). */
  normalisedTurbulence: number;
  /** Complexity index (`seqici`). */
  complexity: number;
}

/**
 * Every descriptive statistic of a sequence set at once, with TraMineR's defaults (weighted when
 * weights are attached, missing values ignored): what `oraccle sequences --json` prints.
 *
 * @example
 * const stats: SequenceStatistics = sequenceStatistics(set);
 */
export interface SequenceStatistics {
  /** Alphabet, labels and positions of the set. */
  alphabet: string[];
  /** State labels. */
  labels: string[];
  /** Position names. */
  positions: string[];
  /** Number of sequences. */
  sequenceCount: number;
  /** Sum of the weights (the number of sequences without weights). */
  totalWeight: number;
  /** Whether case weights were used. */
  weighted: boolean;
  /** Whether missing cells are kept in some sequence. */
  hasMissing: boolean;
  /** Cross-sectional statistics. */
  crossSectional: {
    /** `seqstatd`: `frequencies[s][t]`, valid N and normalised entropy per position. */
    stateDistribution: { frequencies: number[][]; validStates: number[]; entropy: number[] };
    /** `seqtrate`: `rates[i][j]`. */
    transitionRates: number[][];
    /** `seqmeant` with standard errors. */
    meanTimeInStates: MeanTimeInState[];
    /** `seqtab`: the most frequent sequences. */
    sequenceFrequencies: SequenceFrequency[];
    /** `seqmodst`: modal state per position, its share, and how many sequences equal it. */
    modalStateSequence: { states: (string | null)[]; frequencies: number[]; occurrences: number };
  };
  /** Per-sequence indicators, in the set's order. */
  sequences: SequenceIndicators[];
}

/**
 * Computes {@link SequenceStatistics} for a set: cross-sectional statistics and per-sequence indicators.
 *
 * @example
 * const stats = sequenceStatistics(set, { top: 5 });
 * stats.crossSectional.sequenceFrequencies.length; // ≤ 5
 */
export function sequenceStatistics(set: SequenceSet, options: { top?: number } = {}): SequenceStatistics {
  const distribution = stateDistribution(set);
  const modal = modalStateSequence(set);
  const lengths = sequenceLength(set);
  const dss = distinctSuccessiveStates(set);
  const durations = spellDurations(set);
  const transitions = transitionCount(set);
  const subsequences = subsequenceCount(set);
  const entropy = longitudinalEntropy(set);
  const turbulenceValues = turbulence(set);
  const normalisedTurbulence = turbulence(set, { normalize: true });
  const complexity = complexityIndex(set);
  return {
    alphabet: [...set.alphabet],
    labels: [...set.labels],
    positions: [...set.positions],
    sequenceCount: set.sequences.length,
    totalWeight: distribution.totalWeight,
    weighted: distribution.weighted,
    hasMissing: set.hasMissing,
    crossSectional: {
      stateDistribution: {
        frequencies: distribution.frequencies,
        validStates: distribution.validStates,
        entropy: distribution.entropy,
      },
      transitionRates: transitionRates(set).rates,
      meanTimeInStates: meanTimeInStates(set),
      sequenceFrequencies: sequenceFrequencies(set, { top: options.top ?? 10 }),
      modalStateSequence: {
        states: modal.states,
        frequencies: modal.frequencies,
        occurrences: modal.occurrences,
      },
    },
    sequences: set.sequences.map((sequence, i) => ({
      id: set.ids[i] as string,
      weight: set.weights ? (set.weights[i] as number) : 1,
      length: lengths[i] as number,
      sps: toSps(sequence, set.alphabet),
      dss: toSts(dss[i] as Int32Array, set.alphabet),
      durations: Array.from(durations[i] as Int32Array),
      transitions: transitions[i] as number,
      subsequences: subsequences[i] as number,
      entropy: entropy[i] as number,
      turbulence: turbulenceValues[i] as number,
      normalisedTurbulence: normalisedTurbulence[i] as number,
      complexity: complexity[i] as number,
    })),
  };
}
