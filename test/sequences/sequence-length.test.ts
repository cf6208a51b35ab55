import { describe, expect, it } from "vitest";
import { defineSequences } from "../../src/sequences/define-sequences.js";
import { sequenceLength } from "../../src/sequences/sequence-length.js";

describe("sequenceLength()", () => {
  it("counts missing cells by default and drops them with withMissing = false (seqlength)", () => {
    const set = defineSequences(
      [
        [null, "A", null, "B", null, null],
        ["A", "A", "A", "A", "A", "A"],
        [null, null, null, null, null, null],
      ],
      { alphabet: ["A", "B"] },
    );
    expect(sequenceLength(set)).toEqual([4, 6, 0]);
    expect(sequenceLength(set, { withMissing: false })).toEqual([2, 6, 0]);
  });
});
