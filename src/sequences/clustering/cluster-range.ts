import { ExitCode, OraccleError } from "../../core/errors.js";
import type { DistanceMatrix } from "../distances/distance-matrix.js";
import { type ClusterQuality, clusterQuality } from "./cluster-quality.js";
import { pamClustering } from "./pam-clustering.js";
import { cutTree, type HierarchicalClustering } from "./ward-clustering.js";

/**
 * One partition of a {@link ClusterRange}: the number of groups, the labels (1..k) and the quality.
 *
 * @example
 * const row: ClusterRangeRow = clusterRange({ size: 3, values: Float64Array.of(1, 9, 9) }, { kMax: 2 }).rows[0]!;
 */
export interface ClusterRangeRow {
  /** Number of groups. */
  k: number;
  /** Group of each object, 1..k. */
  labels: Int32Array;
  /** Quality indices of the partition. */
  quality: ClusterQuality;
}

/**
 * Quality of partitions for k = 2…kMax (WeightedCluster's `as.clustrange()` / `wcKMedRange()`).
 *
 * @example
 * const range: ClusterRange = clusterRange({ size: 3, values: Float64Array.of(1, 9, 9) }, { kMax: 2 });
 */
export interface ClusterRange {
  /** One row per k, increasing. */
  rows: ClusterRangeRow[];
}

/**
 * Options of {@link clusterRange}.
 *
 * @example
 * const options: ClusterRangeOptions = { kMax: 8, weights: null };
 */
export interface ClusterRangeOptions {
  /** Largest number of groups (≥ 2, < number of objects). Required. */
  kMax: number;
  /** Case weights. Default: 1 each. */
  weights?: ArrayLike<number> | null | undefined;
  /**
   * A hierarchical tree to cut at each k (`as.clustrange(hclust, …)`); without it, PAM is run for each
   * k (`wcKMedRange`). Default: PAM.
   */
  tree?: HierarchicalClustering | undefined;
}

/**
 * Partitions for k = 2…kMax and their quality indices, to choose the number of groups — WeightedCluster's
 * `as.clustrange()` (cutting a Ward tree with `cutTree`) or `wcKMedRange()` (PAM for each k). Read ASW
 * with Kaufman & Rousseeuw's scale (> 0.70 strong, 0.51–0.70 reasonable, 0.26–0.50 weak).
 *
 * @example
 * const d = { size: 4, values: Float64Array.of(1, 8, 9, 8, 9, 1) };
 * clusterRange(d, { kMax: 3 }).rows.map((r) => r.quality.ASW); // highest at k = 2
 */
export function clusterRange(matrix: DistanceMatrix, options: ClusterRangeOptions): ClusterRange {
  const { kMax } = options;
  if (!Number.isInteger(kMax) || kMax < 2 || kMax >= matrix.size) {
    throw new OraccleError(
      `kMax must be an integer from 2 to ${matrix.size - 1}, got ${kMax}`,
      ExitCode.usage,
    );
  }
  const rows: ClusterRangeRow[] = [];
  for (let k = 2; k <= kMax; k++) {
    let labels: Int32Array;
    if (options.tree) labels = cutTree(options.tree, k);
    else labels = pamClustering(matrix, { k, weights: options.weights }).labels.map((l) => l + 1);
    rows.push({ k, labels, quality: clusterQuality(matrix, labels, options.weights) });
  }
  return { rows };
}
