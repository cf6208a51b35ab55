import { describe, expect, it } from "vitest";
import { defineSequences } from "../../src/sequences/define-sequences.js";
import { emptySpellBars, positionAxis, spellBarTraces } from "../../src/viz/spell-bars.js";

const set = defineSequences(
  Array.from({ length: 3 }, (_, row) => Array.from({ length: 30 }, (_, t) => (t + row < 15 ? "L1" : "L2"))),
  { alphabet: ["L1", "L2"], positions: Array.from({ length: 30 }, (_, t) => `m${t + 1}`) },
);

describe("positionAxis()", () => {
  it("labels at most about 12 ticks, centred on their cells, with the set's position names", () => {
    const axis = positionAxis(set, "Mois") as { tickvals: number[]; ticktext: string[]; range: number[] };
    expect(axis.range).toEqual([0, 30]);
    expect(axis.tickvals).toEqual([0.5, 3.5, 6.5, 9.5, 12.5, 15.5, 18.5, 21.5, 24.5, 27.5]);
    expect(axis.ticktext[0]).toBe("m1");
    expect(axis.ticktext[1]).toBe("m4");
  });
});

describe("spellBarTraces()", () => {
  it("draws one trace per state and leaves out the missing state when it has no spell", () => {
    const bars = emptySpellBars(set);
    expect(bars).toHaveLength(3);
    bars[0]!.x.push(2);
    const data = spellBarTraces(set, bars, 0);
    expect(data.map((trace) => trace.name)).toEqual(["L1", "L2"]);
    expect(data[0]).toMatchObject({ type: "bar", orientation: "h", x: [2], marker: { line: { width: 0 } } });
  });
});
