import type { SequenceSet } from "./sequence-set.js";

/**
 * Duration of each spell of each sequence — TraMineR's `seqdur(seqdata, with.missing = FALSE)`.
 *
 * Convention (TraMineR, quirk kept): without `withMissing`, a missing cell *ends* the spell and its own
 * run is dropped, so `A * A` gives durations `[1, 1]` while {@link distinctSuccessiveStates} gives the
 * single state `A`. Without missing cells, durations align one-to-one with the DSS.
 *
 * @example
 * const set = defineSequences([["A", "A", "B"]], { alphabet: ["A", "B"] });
 * spellDurations(set); // [Int32Array [2, 1]]
 */
export function spellDurations(set: SequenceSet, options: { withMissing?: boolean } = {}): Int32Array[] {
  const withMissing = options.withMissing ?? false;
  return set.sequences.map((sequence) => {
    const out: number[] = [];
    let t = 0;
    while (t < sequence.length) {
      const code = sequence[t] as number;
      let end = t + 1;
      while (end < sequence.length && sequence[end] === code) end++;
      if (withMissing || code !== set.missingCode) out.push(end - t);
      t = end;
    }
    return Int32Array.from(out);
  });
}
