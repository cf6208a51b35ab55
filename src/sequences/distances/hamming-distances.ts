import type { DistanceMatrix } from "./distance-matrix.js";
import { normaliseDistance, type ResolvedNormalisation } from "./normalise-distance.js";
import type { PackedSequences } from "./packed-sequences.js";

/**
 * Parameters of {@link hammingDistances}: position-specific costs, `costs[(t * size + i) * size + j]`
 * for `length` positions (HAM repeats one matrix at every position, DHD varies them).
 *
 * @example
 * const params: HammingParameters = { costs: Float64Array.of(0, 1, 1, 0), size: 2, length: 1, norm: "none" };
 */
export interface HammingParameters {
  /** `length × size × size` costs. */
  readonly costs: Float64Array;
  /** Number of states. */
  readonly size: number;
  /** Number of positions covered by `costs`. */
  readonly length: number;
  /** Normalisation (resolved). */
  readonly norm: ResolvedNormalisation;
}

/**
 * Hamming (HAM) and dynamic Hamming (DHD) distances between all pairs of packed sequences of equal
 * length, as TraMineR 2.2's `DHDdistance.cpp`: d = Σₜ sm⁽ᵗ⁾(xₜ, yₜ). The maximal distance M is
 * Σₜ maxᵢⱼ sm⁽ᵗ⁾(i, j) over the positions, and since TraMineR 2.2-0 it also stands for both lengths in
 * the normalisation ("the length weighted by max cost"): `maxlength` and `maxdist` give d/M, `gmean`
 * gives 1 − (M − d)/(2M), `YujianBo` 2d/(d + M). With HAM's unit costs M is the length.
 *
 * @example
 * const packed = packSequences([Int32Array.of(0, 1), Int32Array.of(1, 1)]);
 * hammingDistances(packed, { costs: Float64Array.of(0, 1, 1, 0, 0, 1, 1, 0), size: 2, length: 2, norm: "none" });
 * // { size: 2, values: [1] }
 */
export function hammingDistances(packed: PackedSequences, params: HammingParameters): DistanceMatrix {
  const { count, states, offsets } = packed;
  const { costs, size, norm } = params;
  const values = new Float64Array((count * (count - 1)) / 2);
  const square = size * size;
  let maxDistance = 0;
  for (let t = 0; t < packed.maxLength && t < params.length; t++) {
    let max = 0;
    for (let c = 0; c < square; c++) if (costs[t * square + c]! > max) max = costs[t * square + c]!;
    maxDistance += max;
  }
  let k = 0;
  for (let i = 0; i < count; i++) {
    const aStart = offsets[i]!;
    const m = offsets[i + 1]! - aStart;
    for (let j = i + 1; j < count; j++) {
      const bStart = offsets[j]!;
      const n = offsets[j + 1]! - bStart;
      const length = Math.min(m, n);
      let raw = 0;
      for (let t = 0; t < length; t++) {
        raw += costs[t * square + states[aStart + t]! * size + states[bStart + t]!]!;
      }
      // TraMineR ≥ 2.2-0 passes maxdist as both lengths (DHDdistance.cpp), whatever m and n.
      values[k++] =
        norm === "none" ? raw : normaliseDistance(raw, maxDistance, maxDistance, maxDistance, norm);
    }
  }
  return { size: count, values };
}
