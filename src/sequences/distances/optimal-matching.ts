import type { DistanceMatrix } from "./distance-matrix.js";
import { normaliseDistance, type ResolvedNormalisation } from "./normalise-distance.js";
import type { PackedSequences } from "./packed-sequences.js";

/**
 * Parameters of {@link optimalMatchingDistances}: costs already resolved (no `"auto"`).
 *
 * @example
 * const params: OptimalMatchingParameters = { costs: Float64Array.of(0, 2, 2, 0), size: 2, indel: 1, norm: "none" };
 */
export interface OptimalMatchingParameters {
  /** Row-major `size × size` substitution costs. */
  readonly costs: Float64Array;
  /** Number of states. */
  readonly size: number;
  /** Insertion/deletion cost. */
  readonly indel: number;
  /** Normalisation (resolved). */
  readonly norm: ResolvedNormalisation;
}

/**
 * Optimal-matching distances between all pairs of packed sequences, computed like TraMineR 2.2's
 * `OMdistance.cpp`: common prefix and suffix skipped, then the classic edit-distance recursion
 * F(a,b) = min(F(a−1,b) + indel, F(a,b−1) + indel, F(a−1,b−1) + sm(xₐ, y_b)), with sm = 0 for equal states.
 *
 * For the normalisation the maximal distance is |ℓx − ℓy|·indel + min(ℓx, ℓy)·maxsm, where maxsm =
 * min(max off-diagonal sm, 2·indel) — or 2·indel for `YujianBo` — and the lengths passed on are
 * ℓ·indel (so `maxlength` divides by max(ℓx, ℓy)·indel).
 *
 * One reused row buffer, no allocation per pair. Returns the condensed matrix (R `dist` order).
 *
 * @example
 * const packed = packSequences([Int32Array.of(0, 1), Int32Array.of(1, 0)]);
 * optimalMatchingDistances(packed, { costs: Float64Array.of(0, 2, 2, 0), size: 2, indel: 1, norm: "none" });
 * // { size: 2, values: [2] }
 */
export function optimalMatchingDistances(
  packed: PackedSequences,
  params: OptimalMatchingParameters,
): DistanceMatrix {
  const { count, states, offsets } = packed;
  const values = new Float64Array((count * (count - 1)) / 2);
  omRawDistances(
    states,
    offsets,
    count,
    params.costs,
    params.size,
    params.indel,
    packed.maxLength,
    values,
    0,
    1,
  );
  normaliseOmDistances(values, offsets, count, params);
  return { size: count, values };
}

/**
 * Normalises in place the raw OM distances of a condensed matrix (see {@link optimalMatchingDistances}).
 *
 * @example
 * const values = Float64Array.of(1);
 * normaliseOmDistances(values, Int32Array.of(0, 2, 5), 2, { costs: Float64Array.of(0, 2, 2, 0), size: 2, indel: 1, norm: "maxlength" });
 * // values = [1/3]
 */
export function normaliseOmDistances(
  values: Float64Array,
  offsets: Int32Array,
  count: number,
  params: OptimalMatchingParameters,
): void {
  if (params.norm === "none") return;
  const { indel, norm } = params;
  const maxSubstitution = maximalSubstitutionCost(params);
  let k = 0;
  for (let i = 0; i < count; i++) {
    const m = offsets[i + 1]! - offsets[i]!;
    for (let j = i + 1; j < count; j++) {
      const n = offsets[j + 1]! - offsets[j]!;
      const maxDistance = Math.abs(n - m) * indel + maxSubstitution * Math.min(m, n);
      values[k] = normaliseDistance(values[k]!, maxDistance, m * indel, n * indel, norm);
      k++;
    }
  }
}

/**
 * The OM kernel: raw distances of the pairs (i, j > i) for rows i = rowStart, rowStart + rowStep, …,
 * written at their condensed positions in `out`. Self-contained on purpose (no call outside its body):
 * its source is also run as is in worker threads by the parallel version.
 *
 * For each row i it builds the cost profile of sequence i (profile[s·maxLength + r] = sm(s, xᵣ), so the
 * inner loop reads one contiguous array), skips the common prefix and suffix of each pair, and runs
 * the recursion on one reused row buffer, four then two then one column per pass.
 *
 * @example
 * const out = new Float64Array(1);
 * omRawDistances(Int32Array.of(0, 1), Int32Array.of(0, 1, 2), 2, Float64Array.of(0, 2, 2, 0), 2, 1, 1, out, 0, 1);
 * // out = [2]
 */
export function omRawDistances(
  states: Int32Array,
  offsets: Int32Array,
  count: number,
  costs: Float64Array,
  size: number,
  indel: number,
  maxLength: number,
  out: Float64Array,
  rowStart: number,
  rowStep: number,
): void {
  const stride = maxLength > 0 ? maxLength : 1;
  const row = new Float64Array(maxLength + 1);
  const profile = new Float64Array(size * stride);
  for (let i = rowStart; i < count; i += rowStep) {
    const aStart = offsets[i]!;
    const aEnd = offsets[i + 1]!;
    for (let s = 0; s < size; s++) {
      for (let r = aStart; r < aEnd; r++) profile[s * stride + r - aStart] = costs[s * size + states[r]!]!;
    }
    // Condensed index of (i, i + 1), R dist order.
    let k = count * i - (i * (i + 1)) / 2;
    for (let j = i + 1; j < count; j++, k++) {
      const bStart = offsets[j]!;
      const bEnd = offsets[j + 1]!;
      // Skipping the common prefix and suffix changes nothing to the optimum (TraMineR does it too).
      let a0 = aStart;
      let b0 = bStart;
      while (a0 < aEnd && b0 < bEnd && states[a0] === states[b0]) {
        a0++;
        b0++;
      }
      let a1 = aEnd;
      let b1 = bEnd;
      while (a1 > a0 && b1 > b0 && states[a1 - 1] === states[b1 - 1]) {
        a1--;
        b1--;
      }
      const rows = a1 - a0;
      const cols = b1 - b0;
      if (rows === 0) {
        out[k] = cols * indel;
        continue;
      }
      if (cols === 0) {
        out[k] = rows * indel;
        continue;
      }
      for (let r = 0; r <= rows; r++) row[r] = r * indel;
      // profile index of row r (1-based) for state s: s * stride + (a0 - aStart) + r - 1.
      const shift = a0 - aStart - 1;
      let c = 1;
      // Four, then two columns per pass: each column's chain runs one row behind the previous one, which
      // keeps the CPU busy on independent dependency chains and cuts the row-buffer traffic.
      for (; c + 2 < cols; c += 4) {
        const base1 = states[b0 + c - 1]! * stride + shift;
        const base2 = states[b0 + c]! * stride + shift;
        const base3 = states[b0 + c + 1]! * stride + shift;
        const base4 = states[b0 + c + 2]! * stride + shift;
        let diagonal1 = row[0]!;
        let left1 = c * indel;
        let diagonal2 = left1;
        let left2 = (c + 1) * indel;
        let diagonal3 = left2;
        let left3 = (c + 2) * indel;
        let diagonal4 = left3;
        let left4 = (c + 3) * indel;
        row[0] = left4;
        for (let r = 1; r <= rows; r++) {
          const up = row[r]!;
          // biome-ignore lint/complexity/useMathMinMax: Math.min is ~30 % slower in this hot loop (NaN/−0 checks).
          const best1 = (up < left1 ? up : left1) + indel;
          const sub1 = diagonal1 + profile[base1 + r]!;
          diagonal1 = up;
          // biome-ignore lint/complexity/useMathMinMax: Math.min is ~30 % slower in this hot loop (NaN/−0 checks).
          left1 = sub1 < best1 ? sub1 : best1;
          // biome-ignore lint/complexity/useMathMinMax: Math.min is ~30 % slower in this hot loop (NaN/−0 checks).
          const best2 = (left1 < left2 ? left1 : left2) + indel;
          const sub2 = diagonal2 + profile[base2 + r]!;
          diagonal2 = left1;
          // biome-ignore lint/complexity/useMathMinMax: Math.min is ~30 % slower in this hot loop (NaN/−0 checks).
          left2 = sub2 < best2 ? sub2 : best2;
          // biome-ignore lint/complexity/useMathMinMax: Math.min is ~30 % slower in this hot loop (NaN/−0 checks).
          const best3 = (left2 < left3 ? left2 : left3) + indel;
          const sub3 = diagonal3 + profile[base3 + r]!;
          diagonal3 = left2;
          // biome-ignore lint/complexity/useMathMinMax: Math.min is ~30 % slower in this hot loop (NaN/−0 checks).
          left3 = sub3 < best3 ? sub3 : best3;
          // biome-ignore lint/complexity/useMathMinMax: Math.min is ~30 % slower in this hot loop (NaN/−0 checks).
          const best4 = (left3 < left4 ? left3 : left4) + indel;
          const sub4 = diagonal4 + profile[base4 + r]!;
          diagonal4 = left3;
          // biome-ignore lint/complexity/useMathMinMax: Math.min is ~30 % slower in this hot loop (NaN/−0 checks).
          left4 = sub4 < best4 ? sub4 : best4;
          row[r] = left4;
        }
      }
      // Two columns per pass: the second column's chain runs one row behind the first, which keeps the
      // CPU busy on two independent dependency chains and halves the row-buffer traffic.
      for (; c < cols; c += 2) {
        const base1 = states[b0 + c - 1]! * stride + shift;
        const base2 = states[b0 + c]! * stride + shift;
        let diagonal1 = row[0]!;
        let left1 = c * indel;
        let diagonal2 = left1;
        let left2 = (c + 1) * indel;
        row[0] = left2;
        for (let r = 1; r <= rows; r++) {
          const up = row[r]!;
          // biome-ignore lint/complexity/useMathMinMax: Math.min is ~30 % slower in this hot loop (NaN/−0 checks).
          const best1 = (up < left1 ? up : left1) + indel;
          const sub1 = diagonal1 + profile[base1 + r]!;
          diagonal1 = up;
          // biome-ignore lint/complexity/useMathMinMax: Math.min is ~30 % slower in this hot loop (NaN/−0 checks).
          left1 = sub1 < best1 ? sub1 : best1;
          // biome-ignore lint/complexity/useMathMinMax: Math.min is ~30 % slower in this hot loop (NaN/−0 checks).
          const best2 = (left1 < left2 ? left1 : left2) + indel;
          const sub2 = diagonal2 + profile[base2 + r]!;
          diagonal2 = left1;
          // biome-ignore lint/complexity/useMathMinMax: Math.min is ~30 % slower in this hot loop (NaN/−0 checks).
          left2 = sub2 < best2 ? sub2 : best2;
          row[r] = left2;
        }
      }
      for (; c <= cols; c++) {
        const base = states[b0 + c - 1]! * stride + shift;
        let diagonal = row[0]!;
        let left = c * indel;
        row[0] = left;
        for (let r = 1; r <= rows; r++) {
          const up = row[r]!;
          // biome-ignore lint/complexity/useMathMinMax: Math.min is ~30 % slower in this hot loop (NaN/−0 checks).
          const best = (up < left ? up : left) + indel;
          // Equal states cost 0 (zero diagonal), so `diagonal + 0` reproduces TraMineR's no-cost branch exactly.
          const sub = diagonal + profile[base + r]!;
          diagonal = up;
          // biome-ignore lint/complexity/useMathMinMax: Math.min is ~30 % slower in this hot loop (NaN/−0 checks).
          left = sub < best ? sub : best;
          row[r] = left;
        }
      }
      out[k] = row[rows]!;
    }
  }
}

/**
 * The substitution cost TraMineR uses in the maximal OM distance: 2·indel for `YujianBo`, otherwise
 * min(largest cost sm(i, j) with i < j, 2·indel).
 *
 * @example
 * maximalSubstitutionCost({ costs: Float64Array.of(0, 3, 3, 0), size: 2, indel: 1, norm: "maxdist" }); // 2
 */
export function maximalSubstitutionCost(params: OptimalMatchingParameters): number {
  if (params.norm === "YujianBo") return 2 * params.indel;
  let max = 0;
  for (let i = 0; i < params.size; i++) {
    for (let j = i + 1; j < params.size; j++) {
      const c = params.costs[i * params.size + j]!;
      if (c > max) max = c;
    }
  }
  return Math.min(max, 2 * params.indel);
}
