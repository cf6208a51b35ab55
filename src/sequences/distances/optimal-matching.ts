import type { DistanceMatrix } from "./distance-matrix.js";
import { normalizeDistance, type ResolvedNormalization } from "./normalization.js";
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
  readonly norm: ResolvedNormalization;
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
  const row = new Float64Array(packed.maxLength + 1);
  // Cost profile of the current first sequence: profile[s * maxLength + r] = sm(s, x_r). The inner loop
  // then reads one contiguous array instead of a state and a cost (about 30 % faster).
  const profile = new Float64Array(params.size * Math.max(packed.maxLength, 1));
  const maxSubstitution = maximalSubstitutionCost(params);
  let k = 0;
  for (let i = 0; i < count; i++) {
    fillProfile(profile, packed.maxLength, states, offsets[i]!, offsets[i + 1]!, params);
    for (let j = i + 1; j < count; j++) {
      values[k++] = omPair(
        states,
        offsets[i]!,
        offsets[i + 1]!,
        offsets[j]!,
        offsets[j + 1]!,
        params,
        maxSubstitution,
        row,
        profile,
        packed.maxLength,
      );
    }
  }
  return { size: count, values };
}

/**
 * Fills the cost profile of sequence `[start, end)` for {@link omPair}: `profile[s * stride + r]` is the
 * substitution cost between state s and the sequence's r-th state (0 when equal: the diagonal of sm is 0).
 *
 * @example
 * const profile = new Float64Array(4);
 * fillProfile(profile, 2, Int32Array.of(0, 1), 0, 2, { costs: Float64Array.of(0, 2, 2, 0), size: 2, indel: 1, norm: "none" });
 * // profile = [0, 2, 2, 0]
 */
export function fillProfile(
  profile: Float64Array,
  stride: number,
  states: Int32Array,
  start: number,
  end: number,
  params: OptimalMatchingParameters,
): void {
  const { costs, size } = params;
  for (let s = 0; s < size; s++) {
    for (let r = start; r < end; r++) profile[s * stride + r - start] = costs[s * size + states[r]!]!;
  }
}

/**
 * OM distance of one pair of packed sequences `[aStart, aEnd)` and `[bStart, bEnd)`, normalised.
 * `row` must hold at least max length + 1 values and is overwritten; `profile` must be the cost profile
 * of the first sequence (see {@link fillProfile}) with row stride `stride`.
 *
 * @example
 * const p = packSequences([Int32Array.of(0), Int32Array.of(1)]);
 * const params = { costs: Float64Array.of(0, 2, 2, 0), size: 2, indel: 1, norm: "none" as const };
 * const profile = new Float64Array(2);
 * fillProfile(profile, 1, p.states, 0, 1, params);
 * omPair(p.states, 0, 1, 1, 2, params, 2, new Float64Array(2), profile, 1); // 2
 */
export function omPair(
  states: Int32Array,
  aStart: number,
  aEnd: number,
  bStart: number,
  bEnd: number,
  params: OptimalMatchingParameters,
  maxSubstitution: number,
  row: Float64Array,
  profile: Float64Array,
  stride: number,
): number {
  const indel = params.indel;
  const m = aEnd - aStart;
  const n = bEnd - bStart;
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
  let raw: number;
  if (rows === 0) raw = cols * indel;
  else if (cols === 0) raw = rows * indel;
  else {
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
    raw = row[rows]!;
  }
  if (params.norm === "none") return raw;
  const maxDistance = Math.abs(n - m) * indel + maxSubstitution * Math.min(m, n);
  return normalizeDistance(raw, maxDistance, m * indel, n * indel, params.norm);
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
