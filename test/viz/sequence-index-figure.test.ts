import { describe, expect, it } from "vitest";
import { defineSequences } from "../../src/sequences/define-sequences.js";
import { sequenceIndexFigure, sortIndices } from "../../src/viz/sequence-index-figure.js";

const set = defineSequences(
  [
    ["B", "B", "A"],
    ["A", null, "B"],
    ["A", "A", null],
  ],
  { alphabet: ["A", "B"], ids: ["x", "y", "z"] },
);

describe("sequenceIndexFigure()", () => {
  it("draws one bar per spell from its start over its duration, first sequence at the bottom", () => {
    const figure = sequenceIndexFigure(set);
    const [a, b, missing] = figure.data;
    // A spells: x t3 (row 0), y t1 (row 1), z t1–t2 (row 2)
    expect(a?.base).toEqual([2, 0, 0]);
    expect(a?.x).toEqual([1, 1, 2]);
    expect(a?.y).toEqual([0, 1, 2]);
    expect(b?.base).toEqual([0, 2]);
    expect(b?.x).toEqual([2, 1]);
    expect(missing?.name).toBe("manquant");
    expect(missing?.base).toEqual([1]);
    expect((missing!.marker as { color: string }).color).toBe(set.missingColor);
  });

  it("gives rows a thickness proportional to their weight (seqIplot weighted = TRUE)", () => {
    const weightedSet = defineSequences([["A"], ["B"]], { alphabet: ["A", "B"], weights: [3, 1] });
    const [a, b] = sequenceIndexFigure(weightedSet).data;
    expect(a?.y).toEqual([1.5]);
    expect(a?.width).toEqual([3]);
    expect(b?.y).toEqual([3.5]);
    expect(b?.width).toEqual([1]);
    const flat = sequenceIndexFigure(weightedSet, { weighted: false }).data;
    expect(flat[1]?.y).toEqual([1]);
    expect(flat[1]?.width).toEqual([1]);
  });

  it("leaves out the missing trace when there is no missing cell", () => {
    const complete = defineSequences([["A", "B"]], { alphabet: ["A", "B"] });
    expect(sequenceIndexFigure(complete).data).toHaveLength(2);
  });
});

describe("sortIndices()", () => {
  it("sorts by states from the start or from the end, void last (seqiplot sortv)", () => {
    // from.start: z = A,A,% ; y = A,*,B ; x = B,B,A → A < B and at t2 A < * (missing after the alphabet)
    expect(sortIndices(set, [0, 1, 2], "from.start")).toEqual([2, 1, 0]);
    // from.end: x ends A ; y ends B ; z ends void → x, y, z
    expect(sortIndices(set, [0, 1, 2], "from.end")).toEqual([0, 1, 2]);
    expect(sortIndices(set, [0, 1, 2], [3, 1, 2])).toEqual([1, 2, 0]);
  });
});
