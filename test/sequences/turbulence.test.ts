import { describe, expect, it } from "vitest";
import { defineSequences } from "../../src/sequences/define-sequences.js";
import { turbulence } from "../../src/sequences/turbulence.js";
import { abaSet, bruteForceSubsequenceCount } from "./per-sequence-fixture.js";

describe("turbulence()", () => {
  it("combines φ and the population variance of spell durations (seqST, Elzinga)", () => {
    // A-B-A: φ = 7; spells 2, 3, 1: mean 2, s² = (0 + 1 + 1)/3 = 2/3, s²max = (3 − 1)(1 − 2)² = 2
    const expected = Math.log2((7 * (2 + 1)) / (2 / 3 + 1));
    expect(turbulence(abaSet())[0]).toBeCloseTo(expected, 12);
  });

  it("is 1 for a one-spell sequence (φ = 2, no variance)", () => {
    const set = defineSequences([["A", "A", "A"]], { alphabet: ["A", "B"] });
    expect(turbulence(set)).toEqual([1]);
  });

  it("normalises by the turbulence of the alphabet repeated up to the maximal length", () => {
    // T_max: A-B-C-A-B-C has unit spells (s² = s²max = 0), so T_max = log2 φ(A-B-C-A-B-C)
    const phiMax = bruteForceSubsequenceCount([0, 1, 2, 0, 1, 2]);
    expect(phiMax).toBe(52);
    const raw = Math.log2((7 * 3) / (5 / 3));
    const normalised = turbulence(abaSet(), { normalize: true })[0];
    expect(normalised).toBeCloseTo((raw - 1) / (Math.log2(phiMax) - 1), 12);
    const cycle = defineSequences([["A", "B", "C", "A", "B", "C"]], { alphabet: ["A", "B", "C"] });
    expect(turbulence(cycle, { normalize: true })[0]).toBeCloseTo(1, 12);
    const flat = defineSequences([["A", "A"]], { alphabet: ["A", "B"] });
    expect(turbulence(flat, { normalize: true })).toEqual([0]);
  });
});
