import { MISSING_SYMBOL, type SequenceSet } from "./sequence-set.js";
import { type StateDistributionOptions, stateDistribution } from "./state-distribution.js";

/**
 * The sequence of modal states, as returned by TraMineR's `seqmodst`.
 *
 * @example
 * const m: ModalStateSequence = modalStateSequence(set);
 * m.states; // ["EM", "EM", "TR", …]
 */
export interface ModalStateSequence {
  /** Position names. */
  positions: string[];
  /** Modal state code at each position (`null` where no valid cell exists). */
  states: (string | null)[];
  /** Index of the modal state in the alphabet (`alphabet.length` = missing), `-1` where none. */
  codes: Int32Array;
  /** Share of the modal state at each position: TraMineR's `Frequencies` attribute. */
  frequencies: number[];
  /** How many sequences of the set are identical to the modal sequence: TraMineR's `Occurences`. */
  occurrences: number;
}

/**
 * Sequence made of the most frequent state at each position — TraMineR's
 * `seqmodst(seqdata, weighted = TRUE, with.missing = FALSE)`.
 *
 * Convention (TraMineR): shares come from {@link stateDistribution}; ties go to the state listed first
 * in the alphabet (`which(freq == max(freq))[1]`). `occurrences` counts the sequences (unweighted) equal
 * to the modal sequence over their whole length.
 *
 * @example
 * const set = defineSequences([["A", "B"], ["A", "A"], ["B", "B"]], { alphabet: ["A", "B"] });
 * modalStateSequence(set).states; // ["A", "B"]
 */
export function modalStateSequence(
  set: SequenceSet,
  options: Omit<StateDistributionOptions, "normaliseEntropy"> = {},
): ModalStateSequence {
  const distribution = stateDistribution(set, options);
  const width = distribution.positions.length;
  const codes = new Int32Array(width).fill(-1);
  const frequencies = new Array<number>(width).fill(Number.NaN);
  for (let t = 0; t < width; t++) {
    let best = -1;
    let bestShare = Number.NEGATIVE_INFINITY;
    distribution.frequencies.forEach((row, s) => {
      const share = row[t] as number;
      if (share > bestShare) {
        best = s;
        bestShare = share;
      }
    });
    codes[t] = best;
    if (best >= 0) frequencies[t] = bestShare;
  }
  const states = Array.from(codes, (code) =>
    code < 0 ? null : code === set.alphabet.length ? MISSING_SYMBOL : (set.alphabet[code] as string),
  );
  const occurrences = set.sequences.filter(
    (sequence) => sequence.length === width && sequence.every((code, t) => code === codes[t]),
  ).length;
  return { positions: distribution.positions, states, codes, frequencies, occurrences };
}
