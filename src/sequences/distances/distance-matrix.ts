import { ExitCode, OraccleError } from "../../core/errors.js";

/**
 * A symmetric dissimilarity matrix with a zero diagonal, stored condensed like R's `dist` object:
 * the strict lower triangle column by column, i.e. d(1,0), d(2,0), …, d(n−1,0), d(2,1), … — which is
 * also the strict upper triangle row by row. `n·(n−1)/2` values; use {@link distanceAt} to read one.
 *
 * @example
 * const d: DistanceMatrix = { size: 3, values: Float64Array.of(1, 2, 3) }; // d(0,1)=1, d(0,2)=2, d(1,2)=3
 */
export interface DistanceMatrix {
  /** Number of objects. */
  readonly size: number;
  /** Condensed values, `size·(size−1)/2` of them, R `dist` order. */
  readonly values: Float64Array;
}

/**
 * Position of the pair (i, j), i ≠ j, in a condensed matrix of `size` objects (0-based).
 *
 * @example
 * condensedIndex(3, 1, 2); // 2
 */
export function condensedIndex(size: number, i: number, j: number): number {
  if (i > j) {
    const t = i;
    i = j;
    j = t;
  }
  return size * i - (i * (i + 1)) / 2 + j - i - 1;
}

/**
 * The distance between objects `i` and `j` (0 on the diagonal).
 *
 * @example
 * distanceAt({ size: 3, values: Float64Array.of(1, 2, 3) }, 2, 1); // 3
 */
export function distanceAt(matrix: DistanceMatrix, i: number, j: number): number {
  if (i === j) return 0;
  return matrix.values[condensedIndex(matrix.size, i, j)]!;
}

/**
 * Expands a condensed matrix to a full row-major `size × size` array (`full[i * size + j]`), the layout
 * the clustering functions read fastest.
 *
 * @example
 * toFullMatrix({ size: 2, values: Float64Array.of(5) }); // Float64Array [0, 5, 5, 0]
 */
export function toFullMatrix(matrix: DistanceMatrix): Float64Array {
  const n = matrix.size;
  const full = new Float64Array(n * n);
  let k = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const d = matrix.values[k++]!;
      full[i * n + j] = d;
      full[j * n + i] = d;
    }
  }
  return full;
}

/**
 * Builds a condensed matrix from a full square one (nested arrays or row-major flat array), checking
 * symmetry and a zero diagonal.
 *
 * @example
 * fromFullMatrix([[0, 1], [1, 0]]); // { size: 2, values: Float64Array [1] }
 */
export function fromFullMatrix(
  full: readonly (readonly number[])[] | ArrayLike<number>,
  size?: number,
): DistanceMatrix {
  const rows =
    Array.isArray(full) && Array.isArray(full[0]) ? (full as readonly (readonly number[])[]) : null;
  const n = rows ? rows.length : (size ?? Math.round(Math.sqrt(full.length)));
  const get = rows
    ? (i: number, j: number) => rows[i]![j]!
    : (i: number, j: number) => (full as ArrayLike<number>)[i * n + j]!;
  if (!rows && n * n !== full.length) {
    throw new OraccleError(`a full distance matrix needs size² values, got ${full.length}`, ExitCode.usage);
  }
  const values = new Float64Array((n * (n - 1)) / 2);
  let k = 0;
  for (let i = 0; i < n; i++) {
    if (get(i, i) !== 0)
      throw new OraccleError(`distance matrix diagonal (${i}, ${i}) is not 0`, ExitCode.input);
    for (let j = i + 1; j < n; j++) {
      const d = get(i, j);
      if (d !== get(j, i))
        throw new OraccleError(`distance matrix is not symmetric at (${i}, ${j})`, ExitCode.input);
      values[k++] = d;
    }
  }
  return { size: n, values };
}

/**
 * Expands the distances between unique sequences back to all cases: `mapping[c]` is the index of
 * case c's unique sequence (see `aggregateCases`).
 *
 * @example
 * expandDistanceMatrix({ size: 2, values: Float64Array.of(4) }, Int32Array.of(0, 1, 0)).values; // [4, 0, 4]
 */
export function expandDistanceMatrix(matrix: DistanceMatrix, mapping: ArrayLike<number>): DistanceMatrix {
  const n = mapping.length;
  const values = new Float64Array((n * (n - 1)) / 2);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const a = mapping[i]!;
    for (let j = i + 1; j < n; j++) values[k++] = distanceAt(matrix, a, mapping[j]!);
  }
  return { size: n, values };
}
