import { ExitCode, OraccleError } from "../../core/errors.js";
import type { DistanceMatrix } from "../distances/distance-matrix.js";
import { checkWeights } from "../distances/encoded-sequences.js";

/**
 * Ward criterion: `"ward.D"` (R `hclust(method = "ward.D")`, Lance–Williams on the dissimilarities as
 * given, what WeightedCluster's examples use) or `"ward.D2"` (dissimilarities squared first, heights
 * square-rooted).
 *
 * @example
 * const method: WardMethod = "ward.D";
 */
export type WardMethod = "ward.D" | "ward.D2";

/**
 * Options of {@link wardClustering}.
 *
 * @example
 * const options: WardOptions = { method: "ward.D", weights: null };
 */
export interface WardOptions {
  /** `"ward.D"` (default) or `"ward.D2"`. */
  method?: WardMethod | undefined;
  /** Cluster sizes at the start, R's `members` (e.g. `aggWeights`). Default: 1 each. */
  weights?: ArrayLike<number> | null | undefined;
  /**
   * `true` when `weights` count identical cases (`aggregateCases`' `aggWeights`) and the matrix holds
   * distances between single cases: each dissimilarity is first turned into Ward's criterion between
   * the two groups, 2·wᵢwⱼ/(wᵢ+wⱼ)·dᵢⱼ (on squared distances for ward.D2), so the tree equals the tree
   * of the disaggregated cases above its zero-height merges, heights included. Default `false`: the
   * matrix is taken as R's `hclust(d, members = weights)` takes it (dissimilarities between clusters),
   * as WeightedCluster's examples do — a different tree.
   */
  aggregated?: boolean | undefined;
}

/**
 * A hierarchical clustering in R's `hclust` form.
 *
 * @example
 * const tree: HierarchicalClustering = wardClustering({ size: 2, values: Float64Array.of(4) });
 * tree.merge; // Int32Array [-1, -2]; tree.height: [4]
 */
export interface HierarchicalClustering {
  /** Number of objects. */
  readonly size: number;
  /**
   * `(size − 1) × 2` merges, row-major, R's convention: −i is object i (1-based), +s the cluster made
   * at step s (1-based).
   */
  readonly merge: Int32Array;
  /** Height of each merge (the criterion value). */
  readonly height: Float64Array;
  /** Objects (1-based) in dendrogram order, as R's `order`. */
  readonly order: Int32Array;
}

/**
 * Ward hierarchical clustering of a dissimilarity matrix, reproducing R's `hclust()` Fortran code
 * (F. Murtagh's nearest-neighbour-list algorithm, with R's fix for non-monotone methods) so that ties
 * break the same way: at each step the pair with the smallest dissimilarity in the NN list, the
 * lowest index first; dissimilarities updated with the Lance–Williams formula
 * d(i∪j, k) = ((mᵢ+mₖ)d(i,k) + (mⱼ+mₖ)d(j,k) − mₖd(i,j)) / (mᵢ+mⱼ+mₖ), m the cluster weights (`members`).
 * Checked against R 4.2.2's `hclust` on mvad LCS distances: same merges, heights and order, bit for bit.
 *
 * With tied dissimilarities (integer distances such as LCS, OM with integer costs) ties are broken by
 * object index, so the tree depends on the order of the objects: R gives the same tree only for the
 * same order (on mvad, reordering the rows moves the second-highest merge from 5837 to 6691).
 *
 * @example
 * const d = { size: 3, values: Float64Array.of(1, 4, 4) };
 * wardClustering(d).height; // Float64Array [1, 5]: ((1+1)·4 + (1+1)·4 − 1·1)/3
 */
export function wardClustering(matrix: DistanceMatrix, options: WardOptions = {}): HierarchicalClustering {
  const n = matrix.size;
  const method = options.method ?? "ward.D";
  if (method !== "ward.D" && method !== "ward.D2") {
    throw new OraccleError(`unknown Ward method '${String(method)}'; use ward.D or ward.D2`, ExitCode.usage);
  }
  if (n < 2) throw new OraccleError("hierarchical clustering needs at least 2 objects", ExitCode.input);
  checkWeights(options.weights, n);
  const diss = Float64Array.from(matrix.values);
  if (method === "ward.D2") for (let i = 0; i < diss.length; i++) diss[i] = diss[i]! * diss[i]!;
  const members = options.weights ? Float64Array.from(options.weights) : new Float64Array(n).fill(1);
  if (options.aggregated) toGroupCriterion(diss, members);
  // ioffst(i, j), i < j, 0-based: R dist order.
  const at = (i: number, j: number) =>
    i < j ? n * i - (i * (i + 1)) / 2 + j - i - 1 : n * j - (j * (j + 1)) / 2 + i - j - 1;
  const flag = new Uint8Array(n).fill(1);
  const nn = new Int32Array(n);
  const disnn = new Float64Array(n);
  const ia = new Int32Array(n - 1);
  const ib = new Int32Array(n - 1);
  const crit = new Float64Array(n - 1);
  const inf = Number.MAX_VALUE;
  for (let i = 0; i < n - 1; i++) {
    let dmin = inf;
    let jm = 0;
    for (let j = i + 1; j < n; j++) {
      const d = diss[at(i, j)]!;
      if (dmin > d) {
        dmin = d;
        jm = j;
      }
    }
    nn[i] = jm;
    disnn[i] = dmin;
  }
  for (let step = 0; step < n - 1; step++) {
    let dmin = inf;
    let im = 0;
    let jm = 0;
    for (let i = 0; i < n - 1; i++) {
      if (flag[i] && disnn[i]! < dmin) {
        dmin = disnn[i]!;
        im = i;
        jm = nn[i]!;
      }
    }
    const i2 = Math.min(im, jm);
    const j2 = Math.max(im, jm);
    ia[step] = i2;
    ib[step] = j2;
    crit[step] = method === "ward.D2" ? Math.sqrt(dmin) : dmin;
    flag[j2] = 0;
    dmin = inf;
    let jj = 0;
    const xx = diss[at(i2, j2)]!;
    for (let k = 0; k < n; k++) {
      if (!flag[k] || k === i2) continue;
      const ind1 = at(i2, k);
      const ind2 = at(j2, k);
      const mk = members[k]!;
      diss[ind1] =
        ((members[i2]! + mk) * diss[ind1]! + (members[j2]! + mk) * diss[ind2]! - mk * xx) /
        (members[i2]! + members[j2]! + mk);
      if (i2 < k) {
        if (diss[ind1]! < dmin) {
          dmin = diss[ind1]!;
          jj = k;
        }
      } else if (diss[ind1]! < disnn[k]!) {
        // R's fix: k < i2 may now have i2 as its nearest neighbour.
        disnn[k] = diss[ind1]!;
        nn[k] = i2;
      }
    }
    members[i2] = members[i2]! + members[j2]!;
    disnn[i2] = dmin;
    nn[i2] = jj;
    for (let i = 0; i < n - 1; i++) {
      if (flag[i] && (nn[i] === i2 || nn[i] === j2)) {
        let best = inf;
        let bj = 0;
        for (let j = i + 1; j < n; j++) {
          if (!flag[j]) continue;
          const d = diss[at(i, j)]!;
          if (d < best) {
            best = d;
            bj = j;
          }
        }
        nn[i] = bj;
        disnn[i] = best;
      }
    }
  }
  const { merge, order } = toMergeMatrix(n, ia, ib);
  return { size: n, merge, height: crit, order };
}

/** d(I, K) → Ward's increase of the within sum when merging groups of wᵢ and wₖ identical cases. */
function toGroupCriterion(diss: Float64Array, members: Float64Array): void {
  const n = members.length;
  let k = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++, k++) {
      const wi = members[i]!;
      const wj = members[j]!;
      diss[k] = wi + wj > 0 ? ((2 * wi * wj) / (wi + wj)) * diss[k]! : 0;
    }
  }
}

/** R's `hcass2`: cluster numbering of the merges and the dendrogram order. */
function toMergeMatrix(n: number, ia: Int32Array, ib: Int32Array): { merge: Int32Array; order: Int32Array } {
  const m = n - 1;
  // 1-based object numbers as in Fortran.
  const iia = new Int32Array(m);
  const iib = new Int32Array(m);
  for (let i = 0; i < m; i++) {
    iia[i] = ia[i]! + 1;
    iib[i] = ib[i]! + 1;
  }
  for (let i = 0; i < m - 1; i++) {
    const k = Math.min(ia[i]!, ib[i]!) + 1;
    for (let j = i + 1; j < m; j++) {
      if (ia[j]! + 1 === k) iia[j] = -(i + 1);
      if (ib[j]! + 1 === k) iib[j] = -(i + 1);
    }
  }
  for (let i = 0; i < m; i++) {
    iia[i] = -iia[i]!;
    iib[i] = -iib[i]!;
  }
  for (let i = 0; i < m; i++) {
    if (iia[i]! > 0 && iib[i]! < 0) {
      const k = iia[i]!;
      iia[i] = iib[i]!;
      iib[i] = k;
    }
    if (iia[i]! > 0 && iib[i]! > 0) {
      const k1 = Math.min(iia[i]!, iib[i]!);
      const k2 = Math.max(iia[i]!, iib[i]!);
      iia[i] = k1;
      iib[i] = k2;
    }
  }
  const merge = new Int32Array(2 * m);
  for (let i = 0; i < m; i++) {
    merge[2 * i] = iia[i]!;
    merge[2 * i + 1] = iib[i]!;
  }
  const order: number[] = [iia[m - 1]!, iib[m - 1]!];
  for (let i = m - 1; i >= 1; i--) {
    const at = order.indexOf(i);
    if (at >= 0) order.splice(at, 1, iia[i - 1]!, iib[i - 1]!);
  }
  return { merge, order: Int32Array.from(order, (v) => -v) };
}

/**
 * Cuts a hierarchical clustering into `k` groups, as R's `cutree(tree, k)`: the groups after the first
 * n − k merges, numbered 1..k in order of their first object.
 *
 * @example
 * const tree = wardClustering({ size: 3, values: Float64Array.of(1, 4, 4) });
 * cutTree(tree, 2); // Int32Array [1, 1, 2]
 */
export function cutTree(tree: HierarchicalClustering, k: number): Int32Array {
  const n = tree.size;
  if (!Number.isInteger(k) || k < 1 || k > n) {
    throw new OraccleError(`k must be an integer between 1 and ${n}, got ${k}`, ExitCode.usage);
  }
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  // Representative object of the cluster made at each step.
  const stepObject = new Int32Array(n);
  const object = (code: number) => (code < 0 ? -code - 1 : stepObject[code - 1]!);
  for (let s = 0; s < n - k; s++) {
    const a = find(object(tree.merge[2 * s]!));
    const b = find(object(tree.merge[2 * s + 1]!));
    parent[b] = a;
    stepObject[s] = a;
  }
  const labels = new Int32Array(n);
  const labelOf = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const root = find(i);
    let label = labelOf.get(root);
    if (label === undefined) {
      label = labelOf.size + 1;
      labelOf.set(root, label);
    }
    labels[i] = label;
  }
  return labels;
}
