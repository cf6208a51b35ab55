import { describe, expect, it } from "vitest";
import { defineSequences } from "../../src/sequences/define-sequences.js";
import { chronogramFigure } from "../../src/viz/chronogram-figure.js";

const set = defineSequences(
  [
    ["A", "A", "B"],
    ["A", "B", "B"],
    [null, "B", null],
  ],
  {
    alphabet: ["A", "B"],
    labels: ["Alpha", "Beta 100%"],
    colors: ["#111111", "#222222"],
    weights: [1, 2, 1],
  },
);

describe("chronogramFigure()", () => {
  it("stacks one bar trace per state, in alphabet order, with the set's colours", () => {
    const figure = chronogramFigure(set, { withMissing: false });
    expect(figure.data.map((trace) => trace.name)).toEqual(["Alpha", "Beta 100%"]);
    expect(figure.data.map((trace) => (trace.marker as { color: string }).color)).toEqual([
      "#111111",
      "#222222",
    ]);
    expect(figure.layout?.barmode).toBe("stack");
    // t1: A has weight 3 of 3 valid (the third sequence starts missing) ; t2: A 1, B 2 + 1 ; t3: B 3 of 3
    expect(figure.data[0]?.y).toEqual([100, 25, 0]);
    expect(figure.data[1]?.y).toEqual([0, 75, 100]);
  });

  it("adds the missing band with the missing colour when the set holds missing cells", () => {
    const figure = chronogramFigure(set);
    expect(figure.data).toHaveLength(3);
    expect((figure.data[2]!.marker as { color: string }).color).toBe(set.missingColor);
    expect(figure.data[2]?.y).toEqual([25, 0, 0]);
  });

  it("escapes % in labels for the hover template and is deterministic", () => {
    const figure = chronogramFigure(set);
    expect(String(figure.data[1]?.hovertemplate)).toContain("Beta 100%%");
    expect(JSON.stringify(chronogramFigure(set))).toBe(JSON.stringify(figure));
  });
});
