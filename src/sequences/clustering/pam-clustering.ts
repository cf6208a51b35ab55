import { ExitCode, OraccleError } from "../../core/errors.js";
import type { DistanceMatrix } from "../distances/distance-matrix.js";
import { weightedRowSums } from "./dissimilarity-center.js";
import { fullDistances } from "./full-distances.js";

/**
 * Options of {@link pamClustering}.
 *
 * @example
 * const options: PamOptions = { k: 4, weights: null };
 */
export interface PamOptions {
  /** Number of clusters (2 ≤ k < number of objects… or 1). Required. */
  k: number;
  /** Case weights (e.g. `aggWeights` of aggregated sequences). Default: 1 each. */
  weights?: ArrayLike<number> | null | undefined;
  /** Initial medoids (0-based indices, k of them) instead of the BUILD step. Default: BUILD. */
  initialMedoids?: readonly number[] | undefined;
}

/**
 * Result of {@link pamClustering}.
 *
 * @example
 * const r: PamResult = pamClustering({ size: 3, values: Float64Array.of(1, 5, 5) }, { k: 2 });
 * r.labels; // Int32Array [0, 0, 1]
 */
export interface PamResult {
  /** Medoid indices (0-based), in the order of the cluster labels. */
  medoids: Int32Array;
  /** For each object, the index of its medoid — the form `wcKMedoids()$clustering` returns (there 1-based). */
  clustering: Int32Array;
  /** For each object, its cluster 0..k−1 (position of its medoid in `medoids`). */
  labels: Int32Array;
  /** Weighted total distance to the medoids, Σᵢ wᵢ d(i, medoid(i)). */
  cost: number;
  /** Number of swaps performed. */
  swaps: number;
}

/**
 * Weighted partitioning around medoids, with WeightedCluster's `wcKMedoids(method = "PAMonce")`
 * semantics: minimises Σᵢ wᵢ d(i, nearest medoid).
 *
 * - BUILD (deterministic, no randomness): the first medoid minimises Σⱼ wⱼdᵢⱼ; each next one
 *   maximises the weighted decrease of the cost; ties go to the **highest** index.
 * - SWAP: each pass evaluates every (medoid, non-medoid) exchange with the nearest/second-nearest
 *   distances computed once per pass (the "PAMonce" optimisation of Reynolds et al. 2006), applies
 *   the best one (**lowest** candidate index on ties) if it lowers the cost by more than 1e−12
 *   relative, and stops otherwise.
 *
 * These tie rules reproduce the medoids WeightedCluster's manual reports for `mvad` (cases 66, 467,
 * 607 and 641 for k = 4 with its OM costs), several of which have identical duplicates.
 * - An object goes to its nearest medoid, the first medoid on ties.
 *
 * Labels are arbitrary: compare partitions with {@link adjustedRandIndex}.
 *
 * @example
 * const d = { size: 4, values: Float64Array.of(1, 8, 9, 8, 9, 1) }; // {0,1} and {2,3}
 * pamClustering(d, { k: 2 }).labels; // Int32Array [0, 0, 1, 1]
 */
export function pamClustering(matrix: DistanceMatrix, options: PamOptions): PamResult {
  const { full, weights, size: n } = fullDistances(matrix, options.weights);
  const k = options.k;
  if (!Number.isInteger(k) || k < 1 || k > n) {
    throw new OraccleError(
      `k must be an integer between 1 and the number of objects (${n}), got ${k}`,
      ExitCode.usage,
    );
  }
  const medoids = new Int32Array(k);
  const isMedoid = new Uint8Array(n);
  const nearestDistance = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  if (options.initialMedoids) {
    if (options.initialMedoids.length !== k || new Set(options.initialMedoids).size !== k) {
      throw new OraccleError(`initialMedoids must list ${k} distinct objects`, ExitCode.usage);
    }
    options.initialMedoids.forEach((m, c) => {
      if (!Number.isInteger(m) || m < 0 || m >= n)
        throw new OraccleError(`initial medoid ${m} is out of range`, ExitCode.usage);
      medoids[c] = m;
      isMedoid[m] = 1;
    });
  } else {
    const sums = weightedRowSums(full, weights, n);
    let first = 0;
    // BUILD keeps the last object on ties: WeightedCluster's published mvad medoids (607, 641) are the
    // last of their duplicate sequences, while SWAP keeps the first (66).
    for (let i = 1; i < n; i++) if (sums[i]! <= sums[first]!) first = i;
    medoids[0] = first;
    isMedoid[first] = 1;
    for (let j = 0; j < n; j++) nearestDistance[j] = full[first * n + j]!;
    for (let c = 1; c < k; c++) {
      let best = -1;
      let bestGain = -1;
      for (let i = 0; i < n; i++) {
        if (isMedoid[i]) continue;
        let gain = 0;
        for (let j = 0; j < n; j++) {
          const diff = nearestDistance[j]! - full[i * n + j]!;
          if (diff > 0) gain += weights[j]! * diff;
        }
        if (gain >= bestGain) {
          bestGain = gain;
          best = i;
        }
      }
      medoids[c] = best;
      isMedoid[best] = 1;
      for (let j = 0; j < n; j++) {
        const d = full[best * n + j]!;
        if (d < nearestDistance[j]!) nearestDistance[j] = d;
      }
    }
  }

  const nearest = new Int32Array(n);
  const second = new Float64Array(n);
  const delta = new Float64Array(k);
  let cost = assign(full, n, medoids, weights, nearest, nearestDistance, second);
  let swaps = 0;
  for (;;) {
    let bestDelta = 0;
    let bestMedoid = -1;
    let bestCandidate = -1;
    for (let h = 0; h < n; h++) {
      if (isMedoid[h]) continue;
      // Change of cost when h replaces medoid c: a shared part (objects that move to h whatever c) plus,
      // for the objects of c, the move to min(d(j,h), second nearest) — computed for all c at once.
      let shared = 0;
      delta.fill(0);
      const row = h * n;
      for (let j = 0; j < n; j++) {
        const w = weights[j]!;
        if (w === 0) continue;
        const dj = full[row + j]!;
        const own = nearestDistance[j]!;
        if (dj < own) {
          shared += w * (dj - own);
          // For j's own medoid, j moves to h in any case: already counted in `shared`.
        } else {
          const c = nearest[j]!;
          const alt = Math.min(dj, second[j]!);
          delta[c]! += w * (alt - own);
        }
      }
      for (let c = 0; c < k; c++) {
        const total = shared + delta[c]!;
        if (total < bestDelta) {
          bestDelta = total;
          bestMedoid = c;
          bestCandidate = h;
        }
      }
    }
    if (bestMedoid < 0 || bestDelta > -1e-12 * Math.max(1, Math.abs(cost))) break;
    isMedoid[medoids[bestMedoid]!] = 0;
    medoids[bestMedoid] = bestCandidate;
    isMedoid[bestCandidate] = 1;
    cost = assign(full, n, medoids, weights, nearest, nearestDistance, second);
    swaps++;
  }
  const clustering = new Int32Array(n);
  for (let i = 0; i < n; i++) clustering[i] = medoids[nearest[i]!]!;
  return { medoids, clustering, labels: nearest, cost, swaps };
}

/** Nearest (first on ties) and second-nearest medoid distances; returns the weighted cost. */
function assign(
  full: Float64Array,
  n: number,
  medoids: Int32Array,
  weights: Float64Array,
  nearest: Int32Array,
  nearestDistance: Float64Array,
  second: Float64Array,
): number {
  let cost = 0;
  for (let j = 0; j < n; j++) {
    let best = Number.POSITIVE_INFINITY;
    let next = Number.POSITIVE_INFINITY;
    let bestC = 0;
    for (let c = 0; c < medoids.length; c++) {
      const d = full[medoids[c]! * n + j]!;
      if (d < best) {
        next = best;
        best = d;
        bestC = c;
      } else if (d < next) next = d;
    }
    // A medoid always belongs to its own cluster, even when another medoid is at distance 0.
    for (let c = 0; c < medoids.length; c++) {
      if (medoids[c] === j) {
        bestC = c;
        break;
      }
    }
    nearest[j] = bestC;
    nearestDistance[j] = best;
    second[j] = next;
    cost += weights[j]! * best;
  }
  return cost;
}
