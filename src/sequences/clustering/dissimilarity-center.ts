import type { DistanceMatrix } from "../distances/distance-matrix.js";
import { fullDistances } from "./full-distances.js";

/**
 * Distance of each object to the virtual centre of the set, as TraMineR's `disscenter()`:
 * dcᵢ = (1/W)·Σⱼ wⱼdᵢⱼ − (1/(2W²))·Σⱼₖ wⱼwₖdⱼₖ, W the total weight (1 per object without weights).
 *
 * @example
 * distanceToCentre({ size: 2, values: Float64Array.of(2) }); // Float64Array [1, 1]
 */
export function distanceToCentre(matrix: DistanceMatrix, weights?: ArrayLike<number> | null): Float64Array {
  const { sums, total, inertia, size } = weightedInertia(matrix, weights);
  const centre = inertia / (2 * total * total);
  const result = new Float64Array(size);
  for (let i = 0; i < size; i++) result[i] = sums[i]! / total - centre;
  return result;
}

// Σⱼ wⱼdᵢⱼ per object, W and Σⱼₖ wⱼwₖdⱼₖ: the terms of the distance to the centre and of the
// pseudo-variance.
function weightedInertia(matrix: DistanceMatrix, weights?: ArrayLike<number> | null) {
  const { full, weights: w, size } = fullDistances(matrix, weights);
  const sums = weightedRowSums(full, w, size);
  let total = 0;
  let inertia = 0;
  for (let i = 0; i < size; i++) {
    total += w[i]!;
    inertia += w[i]! * sums[i]!;
  }
  return { sums, total, inertia, size };
}

/**
 * Pseudo-variance (discrepancy) of a set: Σⱼₖ wⱼwₖdⱼₖ / (2W²), the weighted mean of the distances to
 * the centre (TraMineR `dissvar()`).
 *
 * @example
 * pseudoVariance({ size: 2, values: Float64Array.of(2) }); // 1
 */
export function pseudoVariance(matrix: DistanceMatrix, weights?: ArrayLike<number> | null): number {
  const { total, inertia } = weightedInertia(matrix, weights);
  return inertia / (2 * total * total);
}

/**
 * Index (0-based) of the medoid: the object minimising Σⱼ wⱼdᵢⱼ, the first one on ties
 * (`disscenter(medoids.index = "first")`).
 *
 * @example
 * medoidIndex({ size: 3, values: Float64Array.of(1, 2, 1) }); // 1: total 1 + 1 = 2
 */
export function medoidIndex(matrix: DistanceMatrix, weights?: ArrayLike<number> | null): number {
  const { full, weights: w, size } = fullDistances(matrix, weights);
  const sums = weightedRowSums(full, w, size);
  let best = 0;
  for (let i = 1; i < size; i++) if (sums[i]! < sums[best]!) best = i;
  return best;
}

/**
 * Σⱼ wⱼdᵢⱼ for every object i of a full row-major `size × size` matrix.
 *
 * @example
 * weightedRowSums(Float64Array.of(0, 2, 2, 0), Float64Array.of(1, 3), 2); // Float64Array [6, 2]
 */
export function weightedRowSums(full: Float64Array, weights: Float64Array, size: number): Float64Array {
  const sums = new Float64Array(size);
  for (let i = 0; i < size; i++) {
    let s = 0;
    const base = i * size;
    for (let j = 0; j < size; j++) s += weights[j]! * full[base + j]!;
    sums[i] = s;
  }
  return sums;
}
