import type pl from "nodejs-polars";
import { ExitCode, OraccleError } from "../../core/errors.js";
import type { Hierarchy } from "./hierarchy.js";
import { sensitiveDistributions } from "./sensitive-distributions.js";

/**
 * Ground distance between sensitive values used by the Earth Mover's Distance.
 *
 * @example
 * const distance: GroundDistance = "ordered";
 */
export type GroundDistance = "equal" | "ordered" | "hierarchical";

/**
 * Options of {@link tCloseness}.
 *
 * @example
 * const options: TClosenessOptions = { distance: "ordered", order: ["01", "02", "03"] };
 */
export interface TClosenessOptions {
  /**
   * `"equal"`: every pair of distinct values is at distance 1 (categorical attributes);
   * `"ordered"`: values at positions i and j are at distance |i − j|/(m − 1) (ordinal or numeric).
   * `"hierarchical"`: two values are at distance level(lowest common ancestor)/H in `hierarchy`.
   * Default: `"ordered"` for a numeric attribute, `"equal"` otherwise (pycanon's convention).
   */
  distance?: GroundDistance | undefined;
  /** Generalisation hierarchy of the sensitive values, required by the hierarchical distance. */
  hierarchy?: Hierarchy | undefined;
  /**
   * Order of the values for the ordered distance (e.g. `["01", "02", "03"]` for `niveau`). Default:
   * numeric order for numbers, lexical order for strings, null last.
   */
  order?: readonly unknown[] | undefined;
}

/**
 * t-closeness of one sensitive attribute.
 *
 * @example
 * const t: TCloseness = tCloseness(df, ["sexe", "age"], "niveau", { distance: "ordered" });
 * t.t <= 0.2; // 0.2-close
 */
export interface TCloseness {
  /** The sensitive attribute. */
  sensitive: string;
  /** Ground distance used. */
  distance: GroundDistance;
  /** Largest EMD between a class distribution and the overall distribution: the frame is t-close for t ≥ this. */
  t: number;
  /** EMD of each class, in order of first appearance, with the 0-based index of its first record. */
  classes: { representative: number; size: number; emd: number }[];
}

/**
 * t-closeness (Li, Li & Venkatasubramanian, ICDE 2007): the Earth Mover's Distance between the
 * distribution P of the sensitive attribute in each equivalence class and its distribution Q in
 * the whole frame; the frame's t is the largest one. With `m` distinct values and `rᵢ = pᵢ − qᵢ`:
 *
 * - equal ground distance: `EMD = ½ Σᵢ |rᵢ|`
 * - ordered ground distance: `EMD = (1/(m − 1)) Σᵢ |Σ_{j≤i} rⱼ|` (values in their order)
 * - hierarchical ground distance (tree of height H): `EMD = Σ_N (level(N)/H) · min(pos(N), neg(N))`
 *   over the inner nodes N, where pos/neg sum the positive/negative `extra(C) = Σ_{leaves under C} rᵢ`
 *   of N's children (a virtual root is added when the top level has several nodes)
 *
 * Both equal pycanon's `t_closeness` (which picks ordered for numbers, equal for strings) and ARX's
 * `EqualDistanceTCloseness` / ordered-distance criterion. With one distinct value, t = 0.
 *
 * @param frame one row per record
 * @param keys key variables (null = own category)
 * @param sensitive the sensitive attribute
 * @param options ground distance (default by type) and value order
 * @example
 * const df = pl.DataFrame({ age: [20, 20, 21, 21], diag: ["a", "b", "a", "a"] });
 * tCloseness(df, ["age"], "diag").t; // 0.25 (class 21: P = (1, 0), Q = (0.75, 0.25))
 */
export function tCloseness(
  frame: pl.DataFrame,
  keys: readonly string[],
  sensitive: string,
  options: TClosenessOptions = {},
): TCloseness {
  const distance = options.distance ?? (frame.getColumn(sensitive).isNumeric() ? "ordered" : "equal");
  if (distance !== "equal" && distance !== "ordered" && distance !== "hierarchical") {
    throw new OraccleError(
      `distance must be "equal", "ordered" or "hierarchical", not '${String(distance)}'`,
      ExitCode.usage,
    );
  }
  if (distance === "hierarchical" && options.hierarchy === undefined) {
    throw new OraccleError(
      "the hierarchical distance needs the hierarchy of the sensitive values",
      ExitCode.usage,
    );
  }
  const d = sensitiveDistributions(frame, keys, sensitive, options.order);
  const m = d.values.length;
  const q = d.totals.map((n) => n / d.records);
  const classes = d.classes.map((klass) => {
    const r = klass.counts.map((n, i) => n / klass.size - q[i]!);
    let emd = 0;
    if (distance === "equal") {
      emd = 0.5 * r.reduce((s, x) => s + Math.abs(x), 0);
    } else if (distance === "hierarchical") {
      emd = hierarchicalEmd(d.values, r, options.hierarchy!, sensitive);
    } else if (m > 1) {
      let cumulative = 0;
      for (const x of r) {
        cumulative += x;
        emd += Math.abs(cumulative);
      }
      emd /= m - 1;
    }
    return { representative: klass.representative, size: klass.size, emd };
  });
  return { sensitive, distance, t: classes.reduce((t, k) => Math.max(t, k.emd), 0), classes };
}

/** Li et al.'s EMD under the hierarchical ground distance, from the differences r of each leaf. */
function hierarchicalEmd(values: unknown[], r: number[], hierarchy: Hierarchy, sensitive: string): number {
  const leaves = values.map((value) => {
    if (value === null || value === undefined) {
      throw new OraccleError(
        `'${sensitive}' has missing values: the hierarchy cannot place them`,
        ExitCode.usage,
      );
    }
    return String(value);
  });
  const top = new Set(leaves.map((leaf) => hierarchy.generalise(leaf, hierarchy.height)));
  // With several top nodes, a virtual root one level higher joins them.
  const height = top.size > 1 ? hierarchy.height + 1 : hierarchy.height;
  const ancestor = (leaf: string, level: number) =>
    level > hierarchy.height ? "\u0000root" : hierarchy.generalise(leaf, level);
  let emd = 0;
  for (let level = 1; level <= height; level++) {
    // extra of each child node (level − 1), grouped by its parent (level)
    const children = new Map<string, { parent: string; extra: number }>();
    leaves.forEach((leaf, i) => {
      const child = level === 1 ? leaf : ancestor(leaf, level - 1);
      const entry = children.get(child) ?? { parent: ancestor(leaf, level), extra: 0 };
      entry.extra += r[i]!;
      children.set(child, entry);
    });
    const byParent = new Map<string, { pos: number; neg: number }>();
    for (const { parent, extra } of children.values()) {
      const entry = byParent.get(parent) ?? { pos: 0, neg: 0 };
      if (extra > 0) entry.pos += extra;
      else entry.neg -= extra;
      byParent.set(parent, entry);
    }
    for (const { pos, neg } of byParent.values()) emd += (level / height) * Math.min(pos, neg);
  }
  return emd;
}
