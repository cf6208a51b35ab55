import { describe, expect, it } from "vitest";
import { adjustedRandIndex } from "../../../src/sequences/clustering/adjusted-rand-index.js";
import { clusterQuality, silhouette } from "../../../src/sequences/clustering/cluster-quality.js";
import { fromFullMatrix } from "../../../src/sequences/distances/distance-matrix.js";

const lineDistances = (points: number[], power = 1) =>
  fromFullMatrix(points.map((x) => points.map((y) => Math.abs(x - y) ** power)));

/** Brute-force indices over ordered pairs (i, j), diagonal included, pair weight wᵢwⱼ (WeightedCluster's convention). */
function bruteForce(points: number[], labels: number[], weights: number[]) {
  const pairs: { d: number; same: boolean; w: number }[] = [];
  for (const [i, x] of points.entries()) {
    for (const [j, y] of points.entries()) {
      pairs.push({ d: Math.abs(x - y), same: labels[i] === labels[j], w: weights[i]! * weights[j]! });
    }
  }
  const W = pairs.reduce((s, p) => s + p.w, 0);
  const mean = (f: (p: (typeof pairs)[number]) => number) => pairs.reduce((s, p) => s + p.w * f(p), 0) / W;
  const md = mean((p) => p.d);
  const mb = mean((p) => (p.same ? 0 : 1));
  const cov = mean((p) => (p.d - md) * ((p.same ? 0 : 1) - mb));
  const pbc = cov / Math.sqrt(mean((p) => (p.d - md) ** 2) * mean((p) => ((p.same ? 0 : 1) - mb) ** 2));
  let concordant = 0;
  let discordant = 0;
  let ties = 0;
  for (const p of pairs) {
    for (const q of pairs) {
      if (p.same === q.same) continue;
      const within = p.same ? p : q;
      const between = p.same ? q : p;
      if (within.d < between.d) concordant += p.w * q.w;
      else if (within.d > between.d) discordant += p.w * q.w;
      else ties += (p.w * q.w) / 2; // each tied (within, between) couple is seen twice here, once in the C++ code
    }
  }
  return {
    pbc,
    hg: (concordant - discordant) / (concordant + discordant),
    hgsd: (concordant - discordant) / (concordant + discordant + ties),
  };
}

describe("silhouette()", () => {
  it("matches a hand computation, a singleton scoring 1", () => {
    const d = fromFullMatrix([
      [0, 1, 4],
      [1, 0, 5],
      [4, 5, 0],
    ]);
    const { asw, asww } = silhouette(d, [1, 1, 2]);
    // Object 0: a = 1, b = 4 → 0.75; object 1: a = 1, b = 5 → 0.8; object 2: singleton → 1.
    expect(Array.from(asw)).toEqual([0.75, 0.8, 1]);
    // ASWw: a = 1/2 (divided by W_k = 2): (4 − 0.5)/4 and (5 − 0.5)/5.
    expect(Array.from(asww)).toEqual([0.875, 0.9, 1]);
  });
});

describe("clusterQuality()", () => {
  const points = [0, 1, 2, 7, 8, 20];
  const labels = [1, 1, 2, 2, 2, 3];

  it("averages the silhouettes (weighted) into ASW and ASWw", () => {
    const d = fromFullMatrix([
      [0, 1, 4],
      [1, 0, 5],
      [4, 5, 0],
    ]);
    const q = clusterQuality(d, [1, 1, 2]);
    expect(q.ASW).toBeCloseTo((0.75 + 0.8 + 1) / 3, 15);
    expect(q.ASWw).toBeCloseTo((0.875 + 0.9 + 1) / 3, 15);
    expect(Array.from(q.clusterASW)).toEqual([0.775, 1]);
  });

  it("gives with integer weights the same ASW as the duplicated objects", () => {
    const weights = [2, 1, 1, 3, 1, 2];
    const expanded = points.flatMap((p, i) => Array(weights[i]).fill(p) as number[]);
    const expandedLabels = labels.flatMap((l, i) => Array(weights[i]).fill(l) as number[]);
    const weighted = clusterQuality(lineDistances(points), labels, weights);
    const duplicated = clusterQuality(lineDistances(expanded), expandedLabels);
    expect(weighted.ASW).toBeCloseTo(duplicated.ASW, 12);
    expect(weighted.PBC).toBeCloseTo(duplicated.PBC, 12);
    expect(weighted.HG).toBeCloseTo(duplicated.HG, 12);
    expect(weighted.CH).toBeCloseTo(duplicated.CH, 9);
  });

  it("computes PBC, HG and HGSD as the brute-force weighted pair statistics", () => {
    const weights = [1, 2, 1, 1, 3, 1];
    const q = clusterQuality(lineDistances(points), labels, weights);
    const expected = bruteForce(points, labels, weights);
    expect(q.PBC).toBeCloseTo(expected.pbc, 12);
    expect(q.HG).toBeCloseTo(expected.hg, 12);
    expect(q.HGSD).toBeCloseTo(expected.hgsd, 12);
  });

  it("gives the classical R² and Calinski–Harabasz F for squared Euclidean distances", () => {
    // Points 0, 1 | 4, 6: total SS 22.75, within 0.5 + 2 = 2.5, between 20.25.
    const q = clusterQuality(lineDistances([0, 1, 4, 6], 2), [1, 1, 2, 2]);
    expect(q.R2).toBeCloseTo(20.25 / 22.75, 12);
    expect(q.CH).toBeCloseTo(20.25 / 1 / (2.5 / 2), 10);
    // The "sq" variants square the distances: with plain |x − y| they are the classical values.
    const plain = clusterQuality(lineDistances([0, 1, 4, 6]), [1, 1, 2, 2]);
    expect(plain.R2sq).toBeCloseTo(20.25 / 22.75, 12);
    expect(plain.CHsq).toBeCloseTo(16.2, 10);
  });

  it("gives HC = 0 when the within distances are the smallest ones", () => {
    const q = clusterQuality(lineDistances([0, 1, 10, 11]), [1, 1, 2, 2]);
    expect(q.HC).toBe(0);
    expect(q.HG).toBe(1);
  });
});

describe("adjustedRandIndex()", () => {
  it("is 1 for the same partition under other labels and below 1 otherwise", () => {
    expect(adjustedRandIndex([1, 1, 2, 2, 3], [5, 5, 9, 9, 0])).toBe(1);
    expect(adjustedRandIndex([1, 1, 2, 2], [1, 2, 1, 2])).toBeLessThan(0);
  });
});
