import { MISSING_SYMBOL, type SequenceSet } from "./sequence-set.js";

/**
 * Writes one encoded sequence in TraMineR's SPS format, `(state,duration)` spells joined by `-`:
 * `A A A B` → `(A,3)-(B,1)`. Missing cells print as `*`; an empty sequence prints as `""`.
 *
 * @example
 * toSps(Int32Array.from([0, 0, 1]), ["EM", "TR"]); // "(EM,2)-(TR,1)"
 */
export function toSps(sequence: Int32Array, alphabet: readonly string[]): string {
  const spells: string[] = [];
  let t = 0;
  while (t < sequence.length) {
    const code = sequence[t] as number;
    let end = t + 1;
    while (end < sequence.length && sequence[end] === code) end++;
    spells.push(`(${alphabet[code] ?? MISSING_SYMBOL},${end - t})`);
    t = end;
  }
  return spells.join("-");
}

/**
 * Writes one encoded sequence in STS form, state codes joined by `-` (TraMineR `seqconc`):
 * `A-A-A-B`. Missing cells print as `*`; void cells are left out.
 *
 * @example
 * toSts(Int32Array.from([0, 0, 1]), ["EM", "TR"]); // "EM-EM-TR"
 */
export function toSts(sequence: Int32Array, alphabet: readonly string[]): string {
  return Array.from(sequence, (code) => alphabet[code] ?? MISSING_SYMBOL).join("-");
}

/**
 * Every sequence of a set in SPS format, in the set's order.
 *
 * @example
 * sequencesAsSps(set); // ["(EM,2)-(TR,1)", …]
 */
export function sequencesAsSps(set: SequenceSet): string[] {
  return set.sequences.map((sequence) => toSps(sequence, set.alphabet));
}
