import { describe, expect, it } from "vitest";
import { defineSequences } from "../../src/sequences/define-sequences.js";
import { distinctSuccessiveStates } from "../../src/sequences/distinct-successive-states.js";
import { spellDurations } from "../../src/sequences/spell-durations.js";
import { abaSet } from "./per-sequence-fixture.js";

const plain = (arrays: Int32Array[]) => arrays.map((a) => Array.from(a));

describe("distinctSuccessiveStates() and spellDurations()", () => {
  it("collapse runs: A-A-B-B-B-A → A-B-A with durations 2-3-1 (seqdss, seqdur)", () => {
    expect(plain(distinctSuccessiveStates(abaSet()))).toEqual([[0, 1, 0]]);
    expect(plain(spellDurations(abaSet()))).toEqual([[2, 3, 1]]);
  });

  it("treat missing as a state with withMissing: A-A-*-*-*-B-B-C-C-D → A-*-B-C-D, 2-3-2-2-1 (seqST help page)", () => {
    const set = defineSequences([["A", "A", null, null, null, "B", "B", "C", "C", "D"]], {
      alphabet: ["A", "B", "C", "D"],
    });
    expect(plain(distinctSuccessiveStates(set, { withMissing: true }))).toEqual([[0, 4, 1, 2, 3]]);
    expect(plain(spellDurations(set, { withMissing: true }))).toEqual([[2, 3, 2, 2, 1]]);
  });

  it("skip missing cells without breaking a spell or counting in its duration: A-A-*-*-*-A is (A,3) (seqdur help page)", () => {
    const set = defineSequences([["A", "A", null, null, null, "A", "B"]], { alphabet: ["A", "B"] });
    expect(plain(distinctSuccessiveStates(set))).toEqual([[0, 1]]);
    expect(plain(spellDurations(set))).toEqual([[3, 1]]);
    const leading = defineSequences([[null, "B", "B"]], { alphabet: ["A", "B"] });
    expect(plain(spellDurations(leading))).toEqual([[2]]);
    expect(plain(spellDurations(leading, { withMissing: true }))).toEqual([[1, 2]]);
  });

  it("return empty arrays for an empty sequence", () => {
    const set = defineSequences([[null, null]], { alphabet: ["A", "B"] });
    expect(plain(distinctSuccessiveStates(set))).toEqual([[]]);
    expect(plain(spellDurations(set))).toEqual([[]]);
  });
});
