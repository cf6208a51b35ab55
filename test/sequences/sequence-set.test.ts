import { describe, expect, it } from "vitest";
import { InputError } from "../../src/core/errors.js";
import { defineSequences } from "../../src/sequences/define-sequences.js";
import { defineSequencesFromLong } from "../../src/sequences/define-sequences-from-long.js";

const codes = (set: { sequences: readonly Int32Array[] }) => set.sequences.map((s) => Array.from(s));

describe("defineSequences()", () => {
  it("encodes states as alphabet indices, keeping the alphabet order", () => {
    const set = defineSequences(
      [
        ["B", "B", "A"],
        ["A", "C", "C"],
      ],
      { alphabet: ["A", "B", "C"] },
    );
    expect(codes(set)).toEqual([
      [1, 1, 0],
      [0, 2, 2],
    ]);
    expect(set.ids).toEqual(["1", "2"]);
    expect(set.positions).toEqual(["T1", "T2", "T3"]);
    expect(set.missingCode).toBe(3);
    expect(set.hasMissing).toBe(false);
    expect(set.weights).toBeNull();
    expect(set.labels).toEqual(["A", "B", "C"]);
    expect(set.colors).toEqual(["#7FC97F", "#BEAED4", "#FDC086"]);
  });

  it("keeps left and gap missing cells as missing and deletes right ones by default (TraMineR)", () => {
    const set = defineSequences([[null, "A", "NA", "B", "", null]], { alphabet: ["A", "B"] });
    // left NA → *, gap NA → *, right DEL → the sequence ends after B (length 4, not 6)
    expect(codes(set)).toEqual([[2, 0, 2, 1]]);
    expect(set.hasMissing).toBe(true);
  });

  it("deletes left and gap cells with DEL, shifting the rest left", () => {
    const set = defineSequences([[null, "A", null, "B", null]], {
      alphabet: ["A", "B"],
      left: "DEL",
      gaps: "DEL",
    });
    expect(codes(set)).toEqual([[0, 1]]);
    expect(set.hasMissing).toBe(false);
  });

  it("replaces missing cells with a state and appends it to the alphabet when new", () => {
    const set = defineSequences([[null, "A", null, "B", null]], {
      alphabet: ["A", "B"],
      left: "A",
      gaps: "GAP",
      right: "NA",
    });
    expect(set.alphabet).toEqual(["A", "B", "GAP"]);
    expect(set.missingCode).toBe(3);
    expect(codes(set)).toEqual([[0, 0, 2, 1, 3]]);
  });

  it("turns an all-missing row into an empty sequence with right = DEL (TraMineR 2.2 trunc)", () => {
    const set = defineSequences(
      [
        [null, null],
        ["A", "A"],
      ],
      { alphabet: ["A", "B"] },
    );
    expect(codes(set)).toEqual([[], [0, 0]]);
    const kept = defineSequences([[null, null]], { alphabet: ["A", "B"], right: "NA" });
    expect(codes(kept)).toEqual([[2, 2]]);
  });

  it("rejects a state outside the alphabet, naming line, column and value", () => {
    expect(() =>
      defineSequences(
        [
          ["A", "B"],
          ["A", "Z"],
        ],
        { alphabet: ["A", "B"], file: "paths.csv", positions: ["y1", "y2"] },
      ),
    ).toThrowError(/paths\.csv:3, colonne « y2 », valeur « Z » : state 'Z' is not in the alphabet/);
  });

  it("rejects negative and NaN weights with an InputError", () => {
    expect(() => defineSequences([["A"], ["B"]], { alphabet: ["A", "B"], weights: [1, -2] })).toThrowError(
      InputError,
    );
    expect(() =>
      defineSequences([["A"], ["B"]], { alphabet: ["A", "B"], weights: [Number.NaN, 1] }),
    ).toThrowError(/line 2|:2, colonne « weights », valeur « NaN »/);
    const set = defineSequences([["A"], ["B"]], { alphabet: ["A", "B"], weights: [0.5, 2] });
    expect(Array.from(set.weights ?? [])).toEqual([0.5, 2]);
  });

  it("rejects a duplicated state in the alphabet and a wrong number of labels", () => {
    expect(() => defineSequences([["A"]], { alphabet: ["A", "A"] })).toThrowError(/twice/);
    expect(() => defineSequences([["A"]], { alphabet: ["A", "B"], labels: ["a"] })).toThrowError(
      /1 labels for 2/,
    );
  });
});

describe("defineSequencesFromLong()", () => {
  it("pivots long records to wide, sorting numeric positions and treating absent cells as missing", () => {
    const set = defineSequencesFromLong(
      [
        { id: "e2", position: 2022, state: "L2" },
        { id: "e1", position: 2021, state: "L1" },
        { id: "e2", position: 2020, state: "L1" },
        { id: "e1", position: 2020, state: "L1" },
      ],
      { alphabet: ["L1", "L2"] },
    );
    expect(set.positions).toEqual(["2020", "2021", "2022"]);
    expect(set.ids).toEqual(["e2", "e1"]);
    // e2: L1, (gap → *), L2 ; e1: L1, L1, (right → deleted)
    expect(codes(set)).toEqual([
      [0, 2, 1],
      [0, 0],
    ]);
  });

  it("rejects two states for the same individual and position", () => {
    expect(() =>
      defineSequencesFromLong(
        [
          { id: "e1", position: 1, state: "A" },
          { id: "e1", position: 1, state: "B" },
        ],
        { alphabet: ["A", "B"], file: "long.csv" },
      ),
    ).toThrowError(/long\.csv:3, colonne « position », valeur « 1 » : individual 'e1' has two states/);
  });
});
