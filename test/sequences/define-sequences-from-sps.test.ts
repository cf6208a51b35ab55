import { describe, expect, it } from "vitest";
import { defineSequencesFromSps } from "../../src/sequences/define-sequences-from-sps.js";
import { toSps } from "../../src/sequences/sps-format.js";

describe("defineSequencesFromSps()", () => {
  it("expands (state,duration) spells to one state per position, shorter sequences ending early", () => {
    const set = defineSequencesFromSps(["(FE,3)-(HE,2)", "(HE,1)"], { alphabet: ["FE", "HE"] });
    expect(set.sequences.map((s) => Array.from(s))).toEqual([[0, 0, 0, 1, 1], [1]]);
    expect(set.positions).toEqual(["T1", "T2", "T3", "T4", "T5"]);
  });

  it("reads a * spell as missing cells and round-trips through toSps", () => {
    const text = "(A,2)-(*,1)-(B,3)";
    const set = defineSequencesFromSps([text], { alphabet: ["A", "B"] });
    expect(set.hasMissing).toBe(true);
    expect(toSps(set.sequences[0] as Int32Array, set.alphabet)).toBe(text);
  });

  it("rejects a malformed spell, naming the line and the spell", () => {
    expect(() =>
      defineSequencesFromSps(["(A,2)", "(A;2)"], { alphabet: ["A"], file: "sps.txt", firstLine: 1 }),
    ).toThrowError(/sps\.txt:2, valeur « \(A;2\) » : a spell must be written \(state,duration\)/);
  });
});
