import { ExitCode, OraccleError } from "../../core/errors.js";
import type { DistanceMatrix } from "../distances/distance-matrix.js";
import { fullDistances } from "./full-distances.js";

/**
 * Partition quality measures of WeightedCluster's `wcClusterQuality()` (annex "Details of quality
 * measures" of the WeightedCluster manual):
 *
 * - `PBC` point-biserial correlation of d with "different cluster" (higher is better);
 * - `HG` Hubert's gamma and `HGSD` Somers' D over concordant/discordant pairs (higher is better);
 * - `ASW` average silhouette width, `ASWw` its variant for non-integer weights (higher is better;
 *   > 0.70 strong, 0.51–0.70 reasonable, 0.26–0.50 weak, ≤ 0.25 no structure, Kaufman & Rousseeuw);
 * - `CH` pseudo-F and `R2` pseudo-R² computed from the distances, `CHsq`/`R2sq` from squared distances;
 * - `HC` Hubert's C (lower is better).
 *
 * @example
 * const q: ClusterQuality = clusterQuality({ size: 4, values: Float64Array.of(1, 8, 9, 8, 9, 1) }, [1, 1, 2, 2]);
 * q.ASW > 0.8; // true
 */
export interface ClusterQuality {
  PBC: number;
  HG: number;
  HGSD: number;
  ASW: number;
  ASWw: number;
  CH: number;
  R2: number;
  CHsq: number;
  R2sq: number;
  HC: number;
  /** Per cluster (in the order of `clusters`), the weighted mean silhouette (ASW version). */
  clusterASW: Float64Array;
  /** Per cluster, the weighted mean silhouette (ASWw version). */
  clusterASWw: Float64Array;
  /** The distinct labels, sorted, giving the order of the per-cluster values. */
  clusters: number[];
}

/**
 * Silhouette of every object, WeightedCluster's `wcSilhouetteObs()`: sᵢ = (bᵢ − aᵢ)/max(aᵢ, bᵢ) with
 * aᵢ = Σ_{j∈k, j≠i} wⱼdᵢⱼ / (W_k − 1) (0 when W_k ≤ 1, so a singleton scores 1) for `ASW`, or
 * aᵢ = Σ_{j∈k} wⱼdᵢⱼ / W_k for `ASWw`; bᵢ = min over other clusters ℓ of Σ_{j∈ℓ} wⱼdᵢⱼ / W_ℓ.
 *
 * @example
 * silhouette({ size: 3, values: Float64Array.of(1, 4, 4) }, [1, 1, 2]).asw; // [0.75, 0.75, 1]
 */
export function silhouette(
  matrix: DistanceMatrix,
  labels: ArrayLike<number>,
  weights?: ArrayLike<number> | null,
): { asw: Float64Array; asww: Float64Array } {
  const { full, weights: w, size: n } = fullDistances(matrix, weights);
  const { codes, count } = encodeLabels(labels, n);
  const sizes = clusterWeights(codes, w, count);
  const other = new Float64Array(count);
  const asw = new Float64Array(n);
  const asww = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const ci = codes[i]!;
    let a = 0;
    other.fill(0);
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const d = w[j]! * full[i * n + j]!;
      if (codes[j] === ci) a += d;
      else other[codes[j]!]! += d;
    }
    let b = Number.MAX_VALUE;
    for (let c = 0; c < count; c++) if (c !== ci && b >= other[c]! / sizes[c]!) b = other[c]! / sizes[c]!;
    const aw = a / sizes[ci]!;
    const ai = sizes[ci]! <= 1 ? 0 : a / (sizes[ci]! - 1);
    asw[i] = (b - ai) / Math.max(ai, b);
    asww[i] = (b - aw) / Math.max(aw, b);
  }
  return { asw, asww };
}

/**
 * Quality of a partition of the objects of a dissimilarity matrix, reproducing WeightedCluster 1.x/2.0's
 * C++ `clusterquality` (pairs weighted wᵢwⱼ, the diagonal pairs i = i included with distance 0 as the
 * package does; objects of weight 0 ignored). Labels may be any integers; at least 2 clusters.
 *
 * @example
 * const d = { size: 4, values: Float64Array.of(1, 8, 9, 8, 9, 1) };
 * clusterQuality(d, [1, 1, 2, 2]).HG; // 1: every within distance is below every between distance
 */
export function clusterQuality(
  matrix: DistanceMatrix,
  labels: ArrayLike<number>,
  weights?: ArrayLike<number> | null,
): ClusterQuality {
  const { full, weights: w, size: n } = fullDistances(matrix, weights);
  const { codes, count, clusters } = encodeLabels(labels, n);
  if (count < 2) throw new OraccleError("cluster quality needs at least 2 clusters", ExitCode.usage);
  const sizes = clusterWeights(codes, w, count);
  const errors = new Float64Array(count);
  const errors2 = new Float64Array(count);
  let totalPairs = 0;
  let wxy = 0;
  let wx = 0;
  let wy = 0;
  let wx2 = 0;
  // Kendall table: per distinct distance, weight of within (0) and between (1) pairs.
  const table = new Map<number, [number, number]>();
  const cell = (d: number): [number, number] => {
    let c = table.get(d);
    if (!c) {
      c = [0, 0];
      table.set(d, c);
    }
    return c;
  };
  const zero = cell(0);
  for (let i = 0; i < n; i++) {
    const wi = w[i]!;
    if (!(wi > 0)) continue;
    const self = wi * wi;
    wy += self;
    zero[0] += self;
    totalPairs += self;
    for (let j = i + 1; j < n; j++) {
      const wj = w[j]!;
      if (!(wj > 0)) continue;
      const ww = 2 * wi * wj;
      const d = full[i * n + j]!;
      const c = cell(d);
      const xw = ww * d;
      const xxw = xw * d;
      wx += xw;
      wx2 += xxw;
      if (codes[i] === codes[j]) {
        errors[codes[i]!]! += xw;
        errors2[codes[i]!]! += xxw;
        wxy += xw;
        wy += ww;
        c[0] += ww;
      } else {
        c[1] += ww;
      }
      totalPairs += ww;
    }
  }
  const xb = wx / totalPairs;
  const yb = wy / totalPairs;
  const covx = wx2 / totalPairs - xb * xb;
  const covy = wy / totalPairs - yb * yb;
  const covxy = wxy / totalPairs - yb * xb;
  const PBC = -covxy / Math.sqrt(covx * covy);

  let nc = 0;
  let nd = 0;
  let cur0 = 0;
  let cur1 = 0;
  const tot0 = wy;
  const tot1 = totalPairs - wy;
  let ties = 0;
  let sMin = 0;
  let sMax = 0;
  let cumulative = 0;
  const keys = [...table.keys()].sort((a, b) => a - b);
  for (const d of keys) {
    const [c0, c1] = table.get(d)!;
    const ww = c0 + c1;
    if (!(ww > 0)) continue;
    // Hubert's C bounds: sum of the wy smallest and of the wy largest pair distances.
    if (cumulative <= tot0) sMin += cumulative + ww > tot0 ? (tot0 - cumulative) * d : ww * d;
    cumulative += ww;
    if (cumulative > tot1) sMax += cumulative - ww < tot1 ? (cumulative - tot1) * d : ww * d;
    ties += c1 * c0;
    nc += c1 * cur0;
    nd += c0 * cur1;
    cur0 += c0;
    cur1 += c1;
    nc += c0 * (tot1 - cur1);
    nd += c1 * (tot0 - cur0);
  }
  const HG = (nc - nd) / (nc + nd);
  const HGSD = (nc - nd) / (nc + nd + ties);
  const HC = (wxy - sMin) / (sMax - sMin);

  let ssRes = 0;
  let ss2Res = 0;
  let totalWeight = 0;
  for (let c = 0; c < count; c++) {
    ssRes += errors[c]! / sizes[c]!;
    ss2Res += errors2[c]! / sizes[c]!;
    totalWeight += sizes[c]!;
  }
  const ssExpl = wx / totalWeight - ssRes;
  const ss2Expl = wx2 / totalWeight - ss2Res;
  const CH = ssExpl / (count - 1) / (ssRes / (totalWeight - count));
  const R2 = ssExpl / (ssRes + ssExpl);
  const CHsq = ss2Expl / (count - 1) / (ss2Res / (totalWeight - count));
  const R2sq = ss2Expl / (ss2Res + ss2Expl);

  const { asw, asww } = silhouette(matrix, codes, w);
  let aswSum = 0;
  let asswSum = 0;
  const clusterASW = new Float64Array(count);
  const clusterASWw = new Float64Array(count);
  for (let i = 0; i < n; i++) {
    const wi = w[i]!;
    if (!(wi > 0)) continue;
    aswSum += wi * asw[i]!;
    asswSum += wi * asww[i]!;
    clusterASW[codes[i]!]! += wi * asw[i]!;
    clusterASWw[codes[i]!]! += wi * asww[i]!;
  }
  for (let c = 0; c < count; c++) {
    clusterASW[c] = clusterASW[c]! / sizes[c]!;
    clusterASWw[c] = clusterASWw[c]! / sizes[c]!;
  }
  return {
    PBC,
    HG,
    HGSD,
    ASW: aswSum / totalWeight,
    ASWw: asswSum / totalWeight,
    CH,
    R2,
    CHsq,
    R2sq,
    HC,
    clusterASW,
    clusterASWw,
    clusters,
  };
}

/** Maps labels to 0..count−1 in sorted label order (R's factor levels). */
function encodeLabels(
  labels: ArrayLike<number>,
  n: number,
): { codes: Int32Array; count: number; clusters: number[] } {
  if (labels.length !== n) throw new OraccleError(`${labels.length} labels for ${n} objects`, ExitCode.usage);
  const clusters = [...new Set(Array.from(labels))].sort((a, b) => a - b);
  const index = new Map(clusters.map((c, i) => [c, i]));
  const codes = Int32Array.from(labels, (l) => index.get(l)!);
  return { codes, count: clusters.length, clusters };
}

function clusterWeights(codes: Int32Array, w: Float64Array, count: number): Float64Array {
  const sizes = new Float64Array(count);
  for (let i = 0; i < codes.length; i++) sizes[codes[i]!]! += w[i]!;
  return sizes;
}
