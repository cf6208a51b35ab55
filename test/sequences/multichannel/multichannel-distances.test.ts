import { describe, expect, it } from "vitest";
import { defineSequences } from "../../../src/sequences/define-sequences.js";
import { distanceAt } from "../../../src/sequences/distances/distance-matrix.js";
import { sequenceDistances } from "../../../src/sequences/distances/sequence-distances.js";
import { combineChannels } from "../../../src/sequences/multichannel/combined-states.js";
import { defineMultichannel } from "../../../src/sequences/multichannel/define-multichannel.js";
import {
  multichannelAggregatedDistances,
  multichannelCosts,
  multichannelDistances,
} from "../../../src/sequences/multichannel/multichannel-distances.js";

/** Park–Miller generator: the same small data on every run. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647;
  };
}

const A1 = ["L1", "L2", "M1"];
const A2 = ["DEG", "STS"];

function smallData(n: number, seed: number) {
  const r = random(seed);
  const one: string[][] = [];
  const two: string[][] = [];
  for (let i = 0; i < n; i++) {
    const length = 2 + Math.floor(r() * 5);
    one.push(Array.from({ length }, () => A1[Math.floor(r() * 3)]!));
    two.push(Array.from({ length }, () => A2[Math.floor(r() * 2)]!));
  }
  return { one, two };
}

/** Edit distance written from its definition, memoised: min over delete, insert, substitute. */
function bruteOm(
  x: number,
  y: number,
  length: (i: number) => number,
  cost: (i: number, t: number, j: number, u: number) => number,
  indel: number,
): number {
  const memo = new Map<string, number>();
  const f = (a: number, b: number): number => {
    if (a === 0) return b * indel;
    if (b === 0) return a * indel;
    const key = `${a},${b}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const value = Math.min(
      f(a - 1, b) + indel,
      f(a, b - 1) + indel,
      f(a - 1, b - 1) + cost(x, a - 1, y, b - 1),
    );
    memo.set(key, value);
    return value;
  };
  return f(length(x), length(y));
}

describe("multichannelDistances()", () => {
  const { one, two } = smallData(14, 7);
  const niveau = defineSequences(one, { alphabet: A1 });
  const domaine = defineSequences(two, { alphabet: A2 });
  const mc = defineMultichannel([niveau, domaine], { names: ["niveau", "domaine"] });
  const sm1 = [
    [0, 1, 3],
    [1, 0, 2],
    [3, 2, 0],
  ];
  const sm2 = [
    [0, 1.5],
    [1.5, 0],
  ];

  it("equals a brute-force OM whose substitution cost is the weighted sum of the channels' costs", () => {
    const weights = [2, 0.5];
    const indels = [1.5, 0.75];
    const d = multichannelDistances(mc, { sm: [sm1, sm2], indel: indels, channelWeights: weights });
    const cost = (i: number, t: number, j: number, u: number) =>
      weights[0]! * sm1[niveau.sequences[i]![t]!]![niveau.sequences[j]![u]!]! +
      weights[1]! * sm2[domaine.sequences[i]![t]!]![domaine.sequences[j]![u]!]!;
    const indel = weights[0]! * indels[0]! + weights[1]! * indels[1]!;
    for (let i = 0; i < mc.ids.length; i++) {
      for (let j = i + 1; j < mc.ids.length; j++) {
        const expected = bruteOm(i, j, (k) => niveau.sequences[k]!.length, cost, indel);
        expect(distanceAt(d, i, j)).toBeCloseTo(expected, 12);
      }
    }
  });

  it("link 'mean' divides costs and indels, hence distances, by the sum of the channel weights", () => {
    const sum = multichannelDistances(mc, { sm: [sm1, sm2], channelWeights: [1, 3] });
    const mean = multichannelDistances(mc, { sm: [sm1, sm2], channelWeights: [1, 3], link: "mean" });
    sum.values.forEach((v, k) => {
      expect(mean.values[k]).toBeCloseTo(v / 4, 12);
    });
  });

  it("HAM sums the combined costs position by position", () => {
    const r = random(3);
    const rows1 = Array.from({ length: 6 }, () => Array.from({ length: 4 }, () => A1[Math.floor(r() * 3)]!));
    const rows2 = Array.from({ length: 6 }, () => Array.from({ length: 4 }, () => A2[Math.floor(r() * 2)]!));
    const a = defineSequences(rows1, { alphabet: A1 });
    const b = defineSequences(rows2, { alphabet: A2 });
    const d = multichannelDistances(defineMultichannel([a, b]), { method: "HAM", sm: [sm1, sm2] });
    for (let i = 0; i < 6; i++) {
      for (let j = i + 1; j < 6; j++) {
        let expected = 0;
        for (let t = 0; t < 4; t++) {
          expected +=
            sm1[a.sequences[i]![t]!]![a.sequences[j]![t]!]! + sm2[b.sequences[i]![t]!]![b.sequences[j]![t]!]!;
        }
        expect(distanceAt(d, i, j)).toBeCloseTo(expected, 12);
      }
    }
  });

  it("with one channel equals the single-channel OM distances", () => {
    const single = multichannelDistances(defineMultichannel([niveau]), { sm: "TRATE" });
    const direct = sequenceDistances(niveau.sequences, { alphabetSize: 3, method: "OM", sm: "TRATE" });
    expect(Array.from(single.values)).toEqual(Array.from(direct.values));
  });

  it("resolves TRATE per channel from that channel's own transition rates", () => {
    const costs = multichannelCosts(mc, { sm: "TRATE" });
    // p(j|i) counted by hand over channel 2: transitions between consecutive positions.
    const counts = [
      [0, 0],
      [0, 0],
    ];
    for (const s of domaine.sequences) for (let t = 0; t + 1 < s.length; t++) counts[s[t]!]![s[t + 1]!]! += 1;
    const p = (i: number, j: number) => counts[i]![j]! / (counts[i]![0]! + counts[i]![1]!);
    const expected = 2 - p(0, 1) - p(1, 0);
    expect(costs.channels[1]!.costs[1]).toBeCloseTo(expected, 12);
    expect(costs.channels[1]!.indel).toBeCloseTo(expected / 2, 12);
    expect(costs.indel).toBeCloseTo(costs.channels[0]!.indel + expected / 2, 12);
  });

  it("gives identical individuals distance 0 and the aggregated form the same values", () => {
    const twice = defineMultichannel([
      defineSequences([...one, one[0]!], { alphabet: A1 }),
      defineSequences([...two, two[0]!], { alphabet: A2 }),
    ]);
    const d = multichannelDistances(twice, { sm: "CONSTANT" });
    expect(distanceAt(d, 0, one.length)).toBe(0);
    const { distances, cases } = multichannelAggregatedDistances(twice, { sm: "CONSTANT" });
    expect(cases.aggIndex.length).toBeLessThan(one.length + 1);
    for (let i = 0; i <= one.length; i++) {
      for (let j = i + 1; j <= one.length; j++) {
        const a = cases.disaggIndex[i]!;
        const b = cases.disaggIndex[j]!;
        expect(distanceAt(d, i, j)).toBe(a === b ? 0 : distanceAt(distances, a, b));
      }
    }
  });
});

describe("combineChannels()", () => {
  it("pastes the states of each position, only observed combinations, first channel slowest", () => {
    const a = defineSequences(
      [
        ["L1", "L2"],
        ["L2", "L2"],
      ],
      { alphabet: A1 },
    );
    const b = defineSequences(
      [
        ["STS", "DEG"],
        ["DEG", "DEG"],
      ],
      { alphabet: A2 },
    );
    const { set, parts } = combineChannels(defineMultichannel([a, b]));
    expect(set.alphabet).toEqual(["L1+STS", "L2+DEG"]);
    expect(set.sequences.map((s) => Array.from(s))).toEqual([
      [0, 1],
      [1, 1],
    ]);
    expect(parts.map((p) => Array.from(p))).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });
});

describe("defineMultichannel()", () => {
  it("refuses an individual whose channels have different lengths, naming it", () => {
    const a = defineSequences([["L1", "L2"]], { alphabet: A1, ids: ["e1"] });
    const b = defineSequences([["DEG"]], { alphabet: A2, ids: ["e1"] });
    expect(() => defineMultichannel([a, b])).toThrow(
      /'e1' has length 2 in channel 'C1' but 1 in channel 'C2'/,
    );
  });
});
