import { describe, expect, it } from "vitest";
import {
  condensedIndex,
  distanceAt,
  expandDistanceMatrix,
  fromFullMatrix,
  toFullMatrix,
} from "../../../src/sequences/distances/distance-matrix.js";

describe("condensed distance matrices", () => {
  it("store pairs in R dist order: (0,1), (0,2), (0,3), (1,2), …", () => {
    expect([
      condensedIndex(4, 0, 1),
      condensedIndex(4, 0, 3),
      condensedIndex(4, 1, 2),
      condensedIndex(4, 3, 2),
    ]).toEqual([0, 2, 3, 5]);
  });

  it("round-trip through the full matrix", () => {
    const full = [
      [0, 1, 2],
      [1, 0, 3],
      [2, 3, 0],
    ];
    const m = fromFullMatrix(full);
    expect(Array.from(m.values)).toEqual([1, 2, 3]);
    expect(Array.from(toFullMatrix(m))).toEqual(full.flat());
    expect(distanceAt(m, 2, 1)).toBe(3);
    expect(distanceAt(m, 1, 1)).toBe(0);
  });

  it("refuse an asymmetric matrix", () => {
    expect(() =>
      fromFullMatrix([
        [0, 1],
        [2, 0],
      ]),
    ).toThrow(/not symmetric/);
  });

  it("expand distinct-sequence distances to cases", () => {
    const m = expandDistanceMatrix({ size: 2, values: Float64Array.of(4) }, Int32Array.of(0, 1, 0));
    expect(Array.from(m.values)).toEqual([4, 0, 4]);
  });
});
