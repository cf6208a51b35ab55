import { describe, expect, it } from "vitest";
import { defineSequences } from "../../src/sequences/define-sequences.js";
import { defineMultichannel } from "../../src/sequences/multichannel/define-multichannel.js";
import { multichannelChronogramFigure } from "../../src/viz/multichannel-chronogram-figure.js";
import { multichannelIndexFigure } from "../../src/viz/multichannel-index-figure.js";

const niveau = defineSequences(
  [
    ["L1", "L2", "L3"],
    ["L1", "L1", "L2"],
    ["L2", "L3", "L3"],
  ],
  { alphabet: ["L1", "L2", "L3"], ids: ["a", "b", "c"] },
);
const discipline = defineSequences(
  [
    ["DEG", "DEG", "DEG"],
    ["STS", "STS", "LLA"],
    ["LLA", "LLA", "LLA"],
  ],
  { alphabet: ["DEG", "LLA", "STS"], ids: ["a", "b", "c"] },
);
const mc = defineMultichannel([niveau, discipline], { names: ["niveau", "discipline"] });

describe("multichannelChronogramFigure()", () => {
  it("draws one panel per channel, each state's share counted in its own channel", () => {
    const figure = multichannelChronogramFigure(mc);
    expect(figure.data).toHaveLength(6);
    const l1 = figure.data.find((t) => t.legendgroup === "niveau" && t.name === "L1")!;
    // L1 at the three positions: 2 of 3, 1 of 3, 0 of 3.
    expect(l1.y).toEqual([66.667, 33.333, 0]);
    expect(l1.yaxis).toBe("y");
    const lla = figure.data.find((t) => t.legendgroup === "discipline" && t.name === "LLA")!;
    expect(lla.y).toEqual([33.333, 33.333, 66.667]);
    expect(lla.yaxis).toBe("y2");
    expect(figure.layout?.grid).toMatchObject({ rows: 2, columns: 1 });
  });
});

describe("multichannelIndexFigure()", () => {
  it("keeps one individual on the same row in every panel, ordered on the first channel", () => {
    const figure = multichannelIndexFigure(mc, { sort: "from.start" });
    const rowOf = (group: string, id: string) =>
      figure.data
        .filter((t) => t.legendgroup === group)
        .flatMap((t) => (t.text as string[]).map((text, k) => [text, (t.y as number[])[k]] as const))
        .find(([text]) => text.startsWith(`${id} :`))![1];
    // from.start on niveau: b (L1 L1 L2) < a (L1 L2 L3) < c (L2 …).
    expect(["b", "a", "c"].map((id) => rowOf("niveau", id))).toEqual([0, 1, 2]);
    expect(["b", "a", "c"].map((id) => rowOf("discipline", id))).toEqual([0, 1, 2]);
  });
});
