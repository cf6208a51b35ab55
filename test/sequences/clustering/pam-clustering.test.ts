import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pamClustering } from "../../../src/sequences/clustering/pam-clustering.js";
import { distanceAt, fromFullMatrix } from "../../../src/sequences/distances/distance-matrix.js";

const lineDistances = (points: number[]) =>
  fromFullMatrix(points.map((x) => points.map((y) => Math.abs(x - y))));

function costOf(points: number[], weights: number[], medoids: number[]): number {
  return points.reduce(
    (sum, x, j) => sum + weights[j]! * Math.min(...medoids.map((m) => Math.abs(x - points[m]!))),
    0,
  );
}

describe("pamClustering()", () => {
  it("finds the two obvious groups and their medoids", () => {
    const result = pamClustering(lineDistances([0, 1, 2, 10, 11, 12]), { k: 2 });
    expect([...result.medoids].sort()).toEqual([1, 4]);
    expect(Array.from(result.labels.map((l) => result.medoids[l]!))).toEqual(Array.from(result.clustering));
    expect(result.cost).toBe(4);
  });

  it("lets a heavy object pull the medoid towards it", () => {
    const result = pamClustering(lineDistances([0, 1, 2, 3]), { k: 1, weights: [1, 1, 1, 10] });
    expect(Array.from(result.medoids)).toEqual([3]);
  });

  it("ends in a weighted local optimum no single swap improves, never below the exhaustive optimum", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 5, maxLength: 9 }),
        fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 9, maxLength: 9 }),
        (points, allWeights) => {
          const weights = allWeights.slice(0, points.length);
          const d = lineDistances(points);
          const result = pamClustering(d, { k: 2, weights });
          const medoids = Array.from(result.medoids);
          expect(result.cost).toBeCloseTo(costOf(points, weights, medoids), 9);
          let optimum = Number.POSITIVE_INFINITY;
          for (let a = 0; a < points.length; a++)
            for (let b = a + 1; b < points.length; b++)
              optimum = Math.min(optimum, costOf(points, weights, [a, b]));
          expect(result.cost).toBeGreaterThanOrEqual(optimum - 1e-9);
          for (let c = 0; c < 2; c++) {
            for (let h = 0; h < points.length; h++) {
              if (medoids.includes(h)) continue;
              const swapped = medoids.slice();
              swapped[c] = h;
              expect(costOf(points, weights, swapped)).toBeGreaterThanOrEqual(result.cost - 1e-9);
            }
          }
          // Every object sits with its nearest medoid.
          for (let j = 0; j < points.length; j++) {
            const own = distanceAt(d, j, result.clustering[j]!);
            for (const m of medoids) expect(own).toBeLessThanOrEqual(distanceAt(d, j, m));
          }
        },
      ),
      { numRuns: 150, seed: 11 },
    );
  });

  it("starts from given medoids when asked", () => {
    const result = pamClustering(lineDistances([0, 1, 2, 10, 11, 12]), { k: 2, initialMedoids: [0, 5] });
    expect([...result.medoids].sort()).toEqual([1, 4]);
    expect(result.swaps).toBe(2);
  });

  it("rejects k outside 1..n", () => {
    expect(() => pamClustering(lineDistances([0, 1]), { k: 3 })).toThrow(
      /between 1 and the number of objects/,
    );
  });
});
