import { describe, expect, it } from "vitest";
import { defineSequences } from "../../src/sequences/define-sequences.js";
import { longitudinalEntropy } from "../../src/sequences/longitudinal-entropy.js";
import { abaSet } from "./per-sequence-fixture.js";

describe("longitudinalEntropy()", () => {
  it("uses the shares of time, ignores order, and divides by ln |A| (seqient)", () => {
    // A-A-B-B-B-A: πA = πB = 1/2, |A| = 3
    expect(longitudinalEntropy(abaSet())[0]).toBeCloseTo(Math.LN2 / Math.log(3), 14);
    expect(longitudinalEntropy(abaSet(), { normalize: false })[0]).toBeCloseTo(Math.LN2, 14);
  });

  it("is 0 for a constant sequence and 1 when all states are equally visited", () => {
    const set = defineSequences(
      [
        ["A", "A", "A"],
        ["C", "A", "B"],
      ],
      { alphabet: ["A", "B", "C"] },
    );
    const [constant, uniform] = longitudinalEntropy(set);
    expect(constant).toBe(0);
    expect(uniform).toBeCloseTo(1, 14);
  });

  it("counts missing as an extra state, normalised by ln(|A| + 1), only with withMissing", () => {
    const set = defineSequences([[null, "A"]], { alphabet: ["A", "B"] });
    expect(longitudinalEntropy(set)).toEqual([0]);
    expect(longitudinalEntropy(set, { withMissing: true })[0]).toBeCloseTo(Math.LN2 / Math.log(3), 14);
  });
});
