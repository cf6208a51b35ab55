import { defineSequences } from "../../src/sequences/define-sequences.js";

/** x = A-A-B-B-B-A over the alphabet {A, B, C}: DSS A-B-A, spells 2-3-1. */
export function abaSet() {
  return defineSequences([["A", "A", "B", "B", "B", "A"]], { alphabet: ["A", "B", "C"] });
}

/** Brute force φ: every subset of positions, deduplicated as strings (the empty one included). */
export function bruteForceSubsequenceCount(sequence: readonly number[]): number {
  const seen = new Set<string>();
  for (let mask = 0; mask < 1 << sequence.length; mask++) {
    seen.add(sequence.filter((_, i) => mask & (1 << i)).join(","));
  }
  return seen.size;
}
