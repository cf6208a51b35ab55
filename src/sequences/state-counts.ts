import type { SequenceSet } from "./sequence-set.js";

/**
 * Time spent in each state by each sequence — TraMineR's `seqistatd(seqdata, with.missing = FALSE)`:
 * `counts[i][s]` is the number of positions sequence `i` spends in state `s` (missing cells counted
 * in an extra last column only with `withMissing`).
 *
 * @example
 * stateCounts(defineSequences([["A", "A", "B"]], { alphabet: ["A", "B"] })); // [[2, 1]]
 */
export function stateCounts(set: SequenceSet, withMissing = false): number[][] {
  const size = set.alphabet.length + (withMissing ? 1 : 0);
  return set.sequences.map((sequence) => {
    const counts = new Array<number>(size).fill(0);
    for (const code of sequence) if (code < size) counts[code] = (counts[code] as number) + 1;
    return counts;
  });
}
