import { ExitCode, OraccleError } from "../../core/errors.js";
import { type DistanceMatrix, toFullMatrix } from "../distances/distance-matrix.js";
import { checkWeights } from "../distances/encoded-sequences.js";

/**
 * The full row-major matrix and the weights (1 each when absent) every clustering function works on.
 *
 * @example
 * const { full, weights } = fullDistances({ size: 2, values: Float64Array.of(3) }, null);
 * full; // [0, 3, 3, 0]; weights: [1, 1]
 */
export function fullDistances(
  matrix: DistanceMatrix,
  weights: ArrayLike<number> | null | undefined,
): { full: Float64Array; weights: Float64Array; size: number } {
  if (matrix.values.length !== (matrix.size * (matrix.size - 1)) / 2) {
    throw new OraccleError(
      `distance matrix of size ${matrix.size} needs ${(matrix.size * (matrix.size - 1)) / 2} values, got ${matrix.values.length}`,
      ExitCode.usage,
    );
  }
  checkWeights(weights, matrix.size);
  const w = weights ? Float64Array.from(weights) : new Float64Array(matrix.size).fill(1);
  return { full: toFullMatrix(matrix), weights: w, size: matrix.size };
}
