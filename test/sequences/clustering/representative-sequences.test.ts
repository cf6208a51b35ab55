import { describe, expect, it } from "vitest";
import { distanceToCentre } from "../../../src/sequences/clustering/dissimilarity-center.js";
import { representativeSequences } from "../../../src/sequences/clustering/representative-sequences.js";
import { fromFullMatrix } from "../../../src/sequences/distances/distance-matrix.js";

const lineDistances = (points: number[]) =>
  fromFullMatrix(points.map((x) => points.map((y) => Math.abs(x - y))));
const d = lineDistances([0, 1, 2, 10, 11]);

describe("representativeSequences()", () => {
  it("ranks by neighbourhood density and stops at the coverage threshold", () => {
    // dmax = 11, radius 1.1: object 1 has 3 neighbours (0, 1, 2) → coverage 3/5 ≥ 0.25.
    const r = representativeSequences(d, { criterion: "density" });
    expect(r.indices).toEqual([1]);
    expect(r.radius).toBeCloseTo(1.1, 12);
    expect(r.coverage).toBe(0.6);
  });

  it("skips candidates within the radius of a representative until the coverage is reached", () => {
    const r = representativeSequences(d, { criterion: "density", coverage: 0.8 });
    // Objects 0 and 2 are within 1.1 of object 1 and are skipped; object 3 (at 10) is kept.
    expect(r.indices).toEqual([1, 3]);
    expect(r.coverage).toBe(1);
    expect(Array.from(r.nearest)).toEqual([0, 0, 0, 1, 1]);
  });

  it("reports SD, DC and the quality Q = (ΣDC − ΣSD)/ΣDC", () => {
    const r = representativeSequences(d, { criterion: "density", coverage: 0.8 });
    const dc = distanceToCentre(d);
    const dcTotal = dc.reduce((s, v) => s + v, 0);
    expect(dcTotal).toBeCloseTo(124 / 5 - 124 / 10, 12); // Σ_ij d = 124
    const total = r.statistics.at(-1)!;
    expect(total.SD).toBe(3); // 1 + 0 + 1 to object 1, 0 + 1 to object 3
    expect(total.na).toBe(5);
    expect(r.quality).toBeCloseTo((dcTotal - 3) / dcTotal, 12);
    expect(total.Q).toBeCloseTo(r.quality * 100, 10);
    expect(r.statistics[0]!.na).toBe(3);
    expect(r.statistics[0]!.MD).toBeCloseTo(2 / 5, 15); // divided by the total weight, as dissrep
  });

  it("with criterion dist and nrep picks the most central non-redundant objects", () => {
    // Σ d: 24, 21, 20, 28, 31 → order 2, 1, 0, 3, 4; object 1 is within the radius of 2.
    const r = representativeSequences(d, { criterion: "dist", nrep: 2 });
    expect(r.indices).toEqual([2, 0]);
    expect(Array.from(r.scores)).toEqual([24, 21, 20, 28, 31]);
  });

  it("with criterion freq counts identical objects (weighted)", () => {
    const withTwins = fromFullMatrix([
      [0, 0, 3],
      [0, 0, 3],
      [3, 3, 0],
    ]);
    const r = representativeSequences(withTwins, { criterion: "freq", weights: [1, 1, 5], nrep: 1 });
    expect(Array.from(r.scores)).toEqual([2, 2, 5]);
    expect(r.indices).toEqual([2]);
  });

  it("rejects a zero coverage or a non-positive nrep", () => {
    expect(() => representativeSequences(d, { coverage: 0 })).toThrow(/coverage/);
    expect(() => representativeSequences(d, { nrep: 0 })).toThrow(/nrep/);
  });
});
