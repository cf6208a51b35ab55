import { describe, expect, it } from "vitest";
import { clusterQuality } from "../../../src/sequences/clustering/cluster-quality.js";
import { clusterRange } from "../../../src/sequences/clustering/cluster-range.js";
import { cutTree, wardClustering } from "../../../src/sequences/clustering/ward-clustering.js";
import { fromFullMatrix } from "../../../src/sequences/distances/distance-matrix.js";

const lineDistances = (points: number[]) =>
  fromFullMatrix(points.map((x) => points.map((y) => Math.abs(x - y))));
const d = lineDistances([0, 2, 4, 20, 22, 24, 50, 52, 54]);

describe("clusterRange()", () => {
  it("cuts a Ward tree at each k and scores each partition like clusterQuality()", () => {
    const tree = wardClustering(d);
    const range = clusterRange(d, { kMax: 4, tree });
    expect(range.rows.map((r) => r.k)).toEqual([2, 3, 4]);
    expect(Array.from(range.rows[1]!.labels)).toEqual(Array.from(cutTree(tree, 3)));
    expect(range.rows[1]!.quality.ASW).toBe(clusterQuality(d, cutTree(tree, 3)).ASW);
  });

  it("runs PAM for each k without a tree: ASW peaks at the three real groups among k = 2…4", () => {
    const range = clusterRange(d, { kMax: 5 });
    const asw = range.rows.map((r) => r.quality.ASW);
    expect(asw[1]).toBeGreaterThan(asw[0]!);
    expect(asw[1]).toBeGreaterThan(asw[2]!);
    expect(new Set(range.rows[1]!.labels).size).toBe(3);
    // WeightedCluster quirk: a singleton's silhouette is 1 (a = 0 when the cluster weight is ≤ 1),
    // so splitting a group into singletons (k = 5 here) raises the ASW again.
    expect(asw[3]).toBeGreaterThan(asw[1]!);
  });

  it("rejects kMax outside 2..n−1", () => {
    expect(() => clusterRange(d, { kMax: 9 })).toThrow(/kMax must be an integer from 2 to 8/);
  });
});
