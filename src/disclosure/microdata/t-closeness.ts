import type pl from "nodejs-polars";
import { ExitCode, OraccleError } from "../../core/errors.js";
import { sensitiveDistributions } from "./sensitive-distributions.js";

/** Ground distance between sensitive values used by the Earth Mover's Distance. */
export type GroundDistance = "equal" | "ordered";

/** Options of {@link tCloseness}. */
export interface TClosenessOptions {
  /**
   * `"equal"`: every pair of distinct values is at distance 1 (categorical attributes);
   * `"ordered"`: values at positions i and j are at distance |i − j|/(m − 1) (ordinal or numeric).
   * Default: `"ordered"` for a numeric attribute, `"equal"` otherwise (pycanon's convention).
   */
  distance?: GroundDistance | undefined;
  /**
   * Order of the values for the ordered distance (e.g. `["01", "02", "03"]` for `niveau`). Default:
   * numeric order for numbers, lexical order for strings, null last.
   */
  order?: readonly unknown[] | undefined;
}

/** t-closeness of one sensitive attribute. */
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
  if (distance !== "equal" && distance !== "ordered") {
    throw new OraccleError(
      `distance must be "equal" or "ordered", not '${String(distance)}'`,
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
