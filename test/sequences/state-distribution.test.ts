import { describe, expect, it } from "vitest";
import { defineSequences } from "../../src/sequences/define-sequences.js";
import { shannonEntropy, stateDistribution } from "../../src/sequences/state-distribution.js";
import { smallWeightedSet } from "./descriptive-fixture.js";

describe("stateDistribution()", () => {
  it("weights the shares by default and counts only non-void cells (seqstatd)", () => {
    const d = stateDistribution(smallWeightedSet());
    // t1: A = 1 + 2, B = 1 → 3/4, 1/4 ; t2: A = 1, B = 2 (s3 is void) ; t3: B = 1 + 2
    expect(d.validStates).toEqual([4, 3, 3]);
    expect(d.frequencies[0]).toEqual([0.75, 1 / 3, 0]);
    expect(d.frequencies[1]).toEqual([0.25, 2 / 3, 1]);
    expect(d.weighted).toBe(true);
    expect(d.totalWeight).toBe(4);
  });

  it("normalises the entropy by ln |alphabet|, not by the states observed", () => {
    const d = stateDistribution(smallWeightedSet());
    const h = (p: number) => -(p * Math.log(p) + (1 - p) * Math.log(1 - p));
    expect(d.entropy[0]).toBeCloseTo(h(0.75) / Math.LN2, 12);
    expect(d.entropy[1]).toBeCloseTo(h(1 / 3) / Math.LN2, 12);
    expect(d.entropy[2]).toBe(0);
    const threeStates = defineSequences([["A"], ["B"]], { alphabet: ["A", "B", "C"] });
    expect(stateDistribution(threeStates).entropy[0]).toBeCloseTo(Math.LN2 / Math.log(3), 12);
  });

  it("ignores weights with weighted = false", () => {
    const d = stateDistribution(smallWeightedSet(), { weighted: false });
    expect(d.validStates).toEqual([3, 2, 2]);
    expect(d.frequencies[0]?.[0]).toBeCloseTo(2 / 3, 12);
    expect(d.weighted).toBe(false);
  });

  it("adds the missing state and normalises by ln(|A| + 1) with withMissing", () => {
    const set = defineSequences(
      [
        [null, "A"],
        ["B", "A"],
      ],
      { alphabet: ["A", "B"] },
    );
    expect(stateDistribution(set).validStates).toEqual([1, 2]);
    const d = stateDistribution(set, { withMissing: true });
    expect(d.states).toEqual(["A", "B", "*"]);
    expect(d.validStates).toEqual([2, 2]);
    expect(d.frequencies.map((row) => row[0])).toEqual([0, 0.5, 0.5]);
    expect(d.entropy[0]).toBeCloseTo(Math.LN2 / Math.log(3), 12);
  });

  it("gives NaN shares at a position where every sequence has ended", () => {
    const set = defineSequences([["A", null]], { alphabet: ["A", "B"] });
    const d = stateDistribution(set);
    expect(d.validStates).toEqual([1, 0]);
    expect(d.frequencies[0]?.[1]).toBeNaN();
  });
});

describe("shannonEntropy()", () => {
  it("drops zero masses and rescales the rest", () => {
    expect(shannonEntropy([2, 0, 2])).toBeCloseTo(Math.LN2, 14);
    expect(shannonEntropy([0, 0])).toBe(0);
  });
});
