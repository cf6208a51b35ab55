import { describe, expect, it } from "vitest";
import { defineSequences } from "../../src/sequences/define-sequences.js";
import { sequenceFrequencies } from "../../src/sequences/sequence-frequencies.js";
import { toSps, toSts } from "../../src/sequences/sps-format.js";
import { smallWeightedSet } from "./descriptive-fixture.js";

describe("sequenceFrequencies()", () => {
  it("sorts distinct sequences by weighted frequency, ties by their STS string (seqtab)", () => {
    const table = sequenceFrequencies(smallWeightedSet());
    expect(table.map((row) => row.sps)).toEqual(["(A,1)-(B,2)", "(A,2)-(B,1)", "(B,1)"]);
    expect(table.map((row) => row.frequency)).toEqual([2, 1, 1]);
    expect(table.map((row) => row.percent)).toEqual([50, 25, 25]);
    expect(table.map((row) => row.firstIndex)).toEqual([1, 0, 2]);
  });

  it("pools identical sequences and keeps only the top rows", () => {
    const set = defineSequences(
      [
        ["A", "B"],
        ["B", "B"],
        ["A", "B"],
        ["A", "A"],
      ],
      { alphabet: ["A", "B"] },
    );
    const table = sequenceFrequencies(set, { top: 1 });
    expect(table).toHaveLength(1);
    expect(table[0]).toMatchObject({ sts: "A-B", count: 2, frequency: 2, percent: 50 });
    expect(sequenceFrequencies(set, { top: 0 })).toHaveLength(3);
  });

  it("orders ties by seqtab's state/duration strings, not by the STS strings", () => {
    // STS order would put A-A-B before A-B; seqtab compares "A/1-B/1" < "A/2-B/1".
    const set = defineSequences(
      [
        ["A", "A", "B"],
        ["A", "B", null],
      ],
      { alphabet: ["A", "B"] },
    );
    expect(sequenceFrequencies(set).map((row) => row.sts)).toEqual(["A-B", "A-A-B"]);
  });

  it("drops rows made only of missing cells before computing percentages (seqtab)", () => {
    const set = defineSequences(
      [
        ["A", "B"],
        ["*", "*"],
        ["A", "B"],
        ["B", "B"],
      ],
      {
        alphabet: ["A", "B"],
        right: "NA",
      },
    );
    const table = sequenceFrequencies(set, { top: 0 });
    expect(table.map((row) => row.sts)).toEqual(["A-B", "B-B"]);
    expect(table[0]?.percent).toBeCloseTo(200 / 3, 12);
    expect(table[1]?.percent).toBeCloseTo(100 / 3, 12);
  });
});

describe("toSps()", () => {
  it("writes spells as (state,duration) and missing cells as *", () => {
    expect(toSps(Int32Array.from([0, 0, 2, 1]), ["EM", "TR"])).toBe("(EM,2)-(*,1)-(TR,1)");
    expect(toSts(Int32Array.from([0, 0, 2, 1]), ["EM", "TR"])).toBe("EM-EM-*-TR");
    expect(toSps(new Int32Array(0), ["EM"])).toBe("");
  });
});
