import { describe, expect, it } from "vitest";
import { defineSequences } from "../../src/sequences/define-sequences.js";
import { subsetSequences } from "../../src/sequences/subset-sequences.js";

const set = defineSequences(
  [
    ["A", null, "B"],
    ["B", "B", "B"],
    ["A", "A", "B"],
  ],
  { alphabet: ["A", "B"], ids: ["x", "y", "z"], weights: [1, 2, 3] },
);

describe("subsetSequences()", () => {
  it("keeps the chosen rows with their ids and weights, and the set's alphabet and colours", () => {
    const sub = subsetSequences(set, [2, 1]);
    expect(sub.ids).toEqual(["z", "y"]);
    expect(Array.from(sub.weights ?? [])).toEqual([3, 2]);
    expect(sub.alphabet).toBe(set.alphabet);
    expect(sub.colors).toEqual(set.colors);
    expect(sub.hasMissing).toBe(false);
  });

  it("selects with a predicate and recomputes hasMissing", () => {
    const sub = subsetSequences(set, (i) => i === 0);
    expect(sub.ids).toEqual(["x"]);
    expect(sub.hasMissing).toBe(true);
  });

  it("rejects an index outside the set", () => {
    expect(() => subsetSequences(set, [3])).toThrowError(RangeError);
  });
});
