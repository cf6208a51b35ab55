import type { SequenceSet } from "./sequence-set.js";

/**
 * Distinct successive states (DSS) of each sequence — TraMineR's `seqdss(seqdata, with.missing = FALSE)`:
 * runs of a same state collapse to one (`AAABB` → `AB`).
 *
 * Convention (TraMineR): without `withMissing`, missing cells are skipped *and do not break a spell*:
 * `A * A` gives `A`, `A * B` gives `AB`. With `withMissing`, `*` is a state of its own (`A * A` → `A*A`).
 * Codes are alphabet indices (`set.missingCode` for `*`).
 *
 * @example
 * const set = defineSequences([["A", "A", "B", "B", "A"]], { alphabet: ["A", "B"] });
 * distinctSuccessiveStates(set); // [Int32Array [0, 1, 0]]
 */
export function distinctSuccessiveStates(
  set: SequenceSet,
  options: { withMissing?: boolean } = {},
): Int32Array[] {
  const withMissing = options.withMissing ?? false;
  return set.sequences.map((sequence) => {
    const out: number[] = [];
    for (const code of sequence) {
      if (!withMissing && code === set.missingCode) continue;
      if (out.length === 0 || out[out.length - 1] !== code) out.push(code);
    }
    return Int32Array.from(out);
  });
}
