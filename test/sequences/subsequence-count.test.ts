import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defineSequences } from "../../src/sequences/define-sequences.js";
import { distinctSubsequenceCount, subsequenceCount } from "../../src/sequences/subsequence-count.js";
import { bruteForceSubsequenceCount as bruteForce } from "./per-sequence-fixture.js";

describe("subsequenceCount()", () => {
  it("counts φ(EM-TR-EM) = 7 including the empty subsequence (seqsubsn help page)", () => {
    const set = defineSequences([["EM", "EM", "TR", "EM"]], { alphabet: ["EM", "TR"] });
    expect(subsequenceCount(set)).toEqual([7]);
    // On the full sequence EM-EM-TR-EM: ∅, E, T, EE, ET, TE, EEE, EET, ETE, EETE, EEE… counted by brute force
    expect(subsequenceCount(set, { dss: false })).toEqual([bruteForce([0, 0, 1, 0])]);
  });

  it("agrees with brute-force enumeration on random short sequences", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 11 }), (sequence) => {
        expect(distinctSubsequenceCount(Int32Array.from(sequence))).toBe(bruteForce(sequence));
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it("counts 1 (the empty subsequence) for an empty sequence", () => {
    expect(distinctSubsequenceCount(new Int32Array(0))).toBe(1);
  });
});
