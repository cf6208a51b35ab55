import { describe, expect, it } from "vitest";
import { complexityIndex } from "../../src/sequences/complexity-index.js";
import { defineSequences } from "../../src/sequences/define-sequences.js";
import { abaSet } from "./per-sequence-fixture.js";

describe("complexityIndex()", () => {
  it("is sqrt(q/(ℓ−1) · h/ln|A|) (seqici, Gabadinho et al. 2010)", () => {
    // A-A-B-B-B-A: q = 2, ℓ = 6, h = ln 2, |A| = 3
    expect(complexityIndex(abaSet())[0]).toBeCloseTo(Math.sqrt((2 / 5) * (Math.LN2 / Math.log(3))), 14);
  });

  it("is 0 for a constant sequence and 1 for a sequence changing state every step over the whole alphabet", () => {
    const set = defineSequences(
      [
        ["A", "A", "A"],
        ["A", "B"],
      ],
      { alphabet: ["A", "B"] },
    );
    const [constant, alternating] = complexityIndex(set);
    expect(constant).toBe(0);
    expect(alternating).toBeCloseTo(1, 14);
  });
});
