import { describe, expect, it } from "vitest";
import { defineSequences } from "../../src/sequences/define-sequences.js";
import { sequenceFrequencyFigure } from "../../src/viz/sequence-frequency-figure.js";

describe("sequenceFrequencyFigure()", () => {
  it("stacks the most frequent sequences with a thickness proportional to their percentage", () => {
    const set = defineSequences(
      [
        ["A", "B"],
        ["A", "B"],
        ["A", "B"],
        ["B", "B"],
      ],
      { alphabet: ["A", "B"] },
    );
    const figure = sequenceFrequencyFigure(set);
    const [a, b] = figure.data;
    // A-B (75 %) centred at 37.5, then B-B (25 %) centred at 87.5
    expect(a?.y).toEqual([37.5]);
    expect(a?.width).toEqual([75]);
    expect(b?.y).toEqual([37.5, 87.5]);
    expect(b?.base).toEqual([1, 0]);
    expect(b?.x).toEqual([1, 2]);
    expect(String((b!.text as string[])[1])).toContain("(B,2)");
    expect((figure.layout!.yaxis as { range: number[] }).range).toEqual([0, 100]);
  });

  it("keeps only the top sequences", () => {
    const set = defineSequences([["A"], ["A"], ["B"]], { alphabet: ["A", "B"] });
    const figure = sequenceFrequencyFigure(set, { top: 1 });
    expect(figure.data[0]?.width).toEqual([66.667]);
    expect(figure.data[1]?.x).toEqual([]);
  });
});
