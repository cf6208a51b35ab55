import { defineSequences } from "../../src/sequences/define-sequences.js";

/**
 * Three weighted sequences used across the descriptive tests (hand-checked values in each test):
 * s1 = A-A-B (w 1), s2 = A-B-B (w 2), s3 = B (w 1; its two trailing missing cells are deleted).
 */
export function smallWeightedSet() {
  return defineSequences(
    [
      ["A", "A", "B"],
      ["A", "B", "B"],
      ["B", null, null],
    ],
    { alphabet: ["A", "B"], weights: [1, 2, 1], ids: ["s1", "s2", "s3"] },
  );
}
