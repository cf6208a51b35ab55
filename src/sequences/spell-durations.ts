import type { SequenceSet } from "./sequence-set.js";

/**
 * Duration of each spell of each sequence — TraMineR's `seqdur(seqdata, with.missing = FALSE)`
 * (2.2 source, `R/seqdur.R`): one duration per state of the DSS ({@link distinctSuccessiveStates}).
 *
 * Convention (TraMineR 2.2): without `withMissing`, missing cells are skipped — they neither end a
 * spell nor count in its duration, so `A-A-*-*-*-A` is one spell `A` of duration 3 (the example of
 * TraMineR's help page); leading missing cells are skipped too. With `withMissing`, `*` is a state
 * and runs of missing cells are spells of their own.
 *
 * @example
 * const set = defineSequences([["A", "A", "B"]], { alphabet: ["A", "B"] });
 * spellDurations(set); // [Int32Array [2, 1]]
 */
export function spellDurations(set: SequenceSet, options: { withMissing?: boolean } = {}): Int32Array[] {
  const withMissing = options.withMissing ?? false;
  return set.sequences.map((sequence) => {
    const out: number[] = [];
    let current = -1;
    for (const code of sequence) {
      if (!withMissing && code === set.missingCode) continue;
      if (code === current) {
        out[out.length - 1] = (out[out.length - 1] as number) + 1;
      } else {
        out.push(1);
        current = code;
      }
    }
    return Int32Array.from(out);
  });
}
