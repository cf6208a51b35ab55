import { describe, expect, it } from "vitest";
import { defineSequences } from "../../src/sequences/define-sequences.js";
import { transitionCount } from "../../src/sequences/transition-count.js";
import { abaSet } from "./per-sequence-fixture.js";

describe("transitionCount()", () => {
  it("counts state changes, |DSS| − 1, and divides by ℓ − 1 when normalised (seqtransn)", () => {
    expect(transitionCount(abaSet())).toEqual([2]);
    expect(transitionCount(abaSet(), { normalize: true })).toEqual([2 / 5]);
  });

  it("gives 0 for one-cell and empty sequences and counts the missing cells in ℓ", () => {
    const set = defineSequences(
      [
        ["A", null, null],
        [null, null, null],
        ["A", null, "B"],
      ],
      { alphabet: ["A", "B"] },
    );
    expect(transitionCount(set)).toEqual([0, 0, 1]);
    // ℓ of A-*-B is 3 (missing counted, as seqlength's default), so 1 / 2
    expect(transitionCount(set, { normalize: true })).toEqual([0, 0, 0.5]);
    expect(transitionCount(set, { withMissing: true })).toEqual([0, 0, 2]);
  });
});
