import { describe, expect, it } from "vitest";
import { defineSequences } from "../../../src/sequences/define-sequences.js";
import { sequenceSetDistances } from "../../../src/sequences/distances/sequence-set-distances.js";

describe("sequenceSetDistances()", () => {
  it("computes seqdist on a sequence set, shorter sequences included (right = DEL)", () => {
    const set = defineSequences(
      [
        ["EM", "EM", "TR"],
        ["EM", "TR", null],
      ],
      { alphabet: ["EM", "TR"] },
    );
    // EM-EM-TR vs EM-TR: one deletion.
    expect(Array.from(sequenceSetDistances(set, { method: "OM", sm: "CONSTANT" }).values)).toEqual([1]);
  });

  it("uses the set's weights for TRATE costs unless weighted is false", () => {
    const set = defineSequences(
      [
        ["A", "B"],
        ["A", "A"],
        ["B", "B"],
      ],
      { alphabet: ["A", "B"], weights: [3, 1, 1] },
    );
    // Weighted: p(B|A) = 3/4, p(A|B) = 0 → sm = 1.25; unweighted: p(B|A) = 1/2 → sm = 1.5.
    const weighted = sequenceSetDistances(set, { method: "HAM", sm: "TRATE" });
    const unweighted = sequenceSetDistances(set, { method: "HAM", sm: "TRATE", weighted: false });
    expect(weighted.values[0]).toBeCloseTo(1.25, 15);
    expect(unweighted.values[0]).toBeCloseTo(1.5, 15);
  });

  it("refuses kept missing cells unless withMissing", () => {
    const set = defineSequences(
      [
        [null, "A"],
        ["A", "A"],
      ],
      { alphabet: ["A"] },
    );
    expect(() => sequenceSetDistances(set, { method: "HAM" })).toThrow(/withMissing/);
    expect(Array.from(sequenceSetDistances(set, { method: "HAM", withMissing: true }).values)).toEqual([1]);
  });
});
