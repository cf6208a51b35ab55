import { describe, expect, it } from "vitest";
import { cutTree, wardClustering } from "../../../src/sequences/clustering/ward-clustering.js";
import { fromFullMatrix } from "../../../src/sequences/distances/distance-matrix.js";

/** |x − y| between points on a line. */
const lineDistances = (points: number[], power = 1) =>
  fromFullMatrix(points.map((x) => points.map((y) => Math.abs(x - y) ** power)));

describe("wardClustering()", () => {
  it("follows the hand-computed ward.D merge sequence on points 0, 1, 4, 6", () => {
    const tree = wardClustering(lineDistances([0, 1, 4, 6]));
    // Step 1: {0,1} at 1. Lance–Williams: d({0,1},4) = (2·4 + 2·3 − 1)/3 = 13/3, d({0,1},6) = (2·6 + 2·5 − 1)/3 = 7.
    // Step 2: {4,6} at 2. Step 3: d = (3·13/3 + 3·7 − 2·2)/4 = 7.5.
    expect(Array.from(tree.merge)).toEqual([-1, -2, -3, -4, 1, 2]);
    expect(tree.height[0]).toBe(1);
    expect(tree.height[1]).toBe(2);
    expect(tree.height[2]).toBeCloseTo(7.5, 12);
    expect(Array.from(tree.order)).toEqual([1, 2, 3, 4]);
  });

  it("ward.D2 heights are Ward's classical sqrt(2·nₐn_b/(nₐ+n_b))·|centroid gap|", () => {
    const tree = wardClustering(lineDistances([0, 1, 4, 6]), { method: "ward.D2" });
    expect(tree.height[0]).toBeCloseTo(1, 12);
    expect(tree.height[1]).toBeCloseTo(2, 12);
    expect(tree.height[2]).toBeCloseTo(Math.sqrt((2 * 2 * 2) / 4) * (5 - 0.5), 12);
  });

  it("uses the weights as initial cluster sizes (R members) in the Lance–Williams update", () => {
    const tree = wardClustering(lineDistances([0, 1, 4]), { weights: [2, 1, 1] });
    // d({0,1}, 4) = ((2+1)·4 + (1+1)·3 − 1·1)/(2+1+1) = 17/4
    expect(Array.from(tree.height)).toEqual([1, 4.25]);
  });

  it("numbers later merges by their step, as R's merge matrix", () => {
    // 0,1 close; 10,11 close; 5 joins the pair it is closer to in Ward terms last.
    const tree = wardClustering(lineDistances([10, 0, 11, 1, 30]));
    expect(Array.from(tree.merge.subarray(0, 4))).toEqual([-1, -3, -2, -4]);
    expect(Array.from(tree.merge.subarray(4, 6))).toEqual([1, 2]);
    expect(Array.from(tree.merge.subarray(6, 8))).toEqual([-5, 3]);
  });
});

describe("cutTree()", () => {
  it("numbers groups in order of their first object, as R's cutree", () => {
    const tree = wardClustering(lineDistances([10, 0, 11, 1, 30]));
    expect(Array.from(cutTree(tree, 2))).toEqual([1, 1, 1, 1, 2]);
    expect(Array.from(cutTree(tree, 3))).toEqual([1, 2, 1, 2, 3]);
    expect(Array.from(cutTree(tree, 5))).toEqual([1, 2, 3, 4, 5]);
    expect(Array.from(cutTree(tree, 1))).toEqual([1, 1, 1, 1, 1]);
  });

  it("rejects an impossible number of groups", () => {
    const tree = wardClustering(lineDistances([0, 1]));
    expect(() => cutTree(tree, 3)).toThrow(/between 1 and 2/);
  });
});
