import type { SequenceSet } from "./sequence-set.js";

/**
 * Length of each sequence — TraMineR's `seqlength(seqdata, with.missing = TRUE)`: the number of
 * non-void cells, missing cells included unless `withMissing` is `false`.
 *
 * @example
 * const set = defineSequences([["A", null, "B", null]], { alphabet: ["A", "B"] });
 * sequenceLength(set); // [3]  (left/gap NA kept, right NA deleted)
 * sequenceLength(set, { withMissing: false }); // [2]
 */
export function sequenceLength(set: SequenceSet, options: { withMissing?: boolean } = {}): number[] {
  const withMissing = options.withMissing ?? true;
  return set.sequences.map((sequence) => {
    if (withMissing) return sequence.length;
    let n = 0;
    for (const code of sequence) if (code !== set.missingCode) n++;
    return n;
  });
}
