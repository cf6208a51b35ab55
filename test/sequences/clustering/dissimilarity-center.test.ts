import { describe, expect, it } from "vitest";
import {
  distanceToCentre,
  medoidIndex,
  pseudoVariance,
} from "../../../src/sequences/clustering/dissimilarity-center.js";
import { fromFullMatrix } from "../../../src/sequences/distances/distance-matrix.js";

const squaredLine = (points: number[]) => fromFullMatrix(points.map((x) => points.map((y) => (x - y) ** 2)));

describe("distanceToCentre()", () => {
  it("equals the squared distance to the (weighted) mean for squared Euclidean distances", () => {
    // With d = (x − y)², disscenter's formula gives (x − mean)² exactly.
    const points = [0, 1, 5];
    const weights = [2, 1, 1];
    const mean = (0 * 2 + 1 + 5) / 4;
    const dc = distanceToCentre(squaredLine(points), weights);
    for (const [i, x] of points.entries()) expect(dc[i]).toBeCloseTo((x - mean) ** 2, 12);
  });
});

describe("pseudoVariance()", () => {
  it("equals the weighted variance for squared Euclidean distances", () => {
    const weights = [2, 1, 1];
    const mean = 6 / 4;
    const variance = (2 * mean ** 2 + (1 - mean) ** 2 + (5 - mean) ** 2) / 4;
    expect(pseudoVariance(squaredLine([0, 1, 5]), weights)).toBeCloseTo(variance, 12);
  });
});

describe("medoidIndex()", () => {
  it("picks the object with the smallest weighted sum of distances, the first on ties", () => {
    expect(medoidIndex(squaredLine([0, 1, 2]))).toBe(1);
    expect(medoidIndex(squaredLine([0, 1, 2]), [10, 1, 1])).toBe(0);
    expect(medoidIndex(squaredLine([0, 2]))).toBe(0);
  });
});
