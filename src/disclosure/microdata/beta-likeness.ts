import type pl from "nodejs-polars";
import { sensitiveDistributions } from "./sensitive-distributions.js";

/**
 * β-likeness of one sensitive attribute.
 *
 * @example
 * const b: BetaLikeness = betaLikeness(df, ["sexe", "age"], "resdip");
 * b.satisfiesEnhanced(1); // false when a frequent value is over-represented
 */
export interface BetaLikeness {
  /** The sensitive attribute. */
  sensitive: string;
  /**
   * Basic β: largest relative gain `(q − p)/p` over classes and values with `q = p(s|EC) > p = p(s)`
   * (0 when no class over-represents any value). Equals pycanon's `basic_beta_likeness`.
   */
  basic: number;
  /**
   * pycanon's `enhanced_beta_likeness` figure: `max_s min(basic, −ln p(s))`. Kept for comparison
   * only; use {@link BetaLikeness.satisfiesEnhanced} to check the criterion itself.
   */
  enhancedPycanon: number;
  /**
   * Checks enhanced β-likeness (Cao & Karras, VLDB 2012) for a given β: every value with q > p has
   * `(q − p)/p ≤ min(β, −ln p)`.
   */
  satisfiesEnhanced: (beta: number) => boolean;
  /** Checks basic β-likeness for a given β: every `(q − p)/p ≤ β` where q > p. */
  satisfiesBasic: (beta: number) => boolean;
}

/**
 * β-likeness (Cao & Karras, VLDB 2012) bounds the relative gain of knowledge about a sensitive
 * value: with `p = p(s)` overall and `q = p(s|EC)` in a class, only over-represented values
 * (q > p) count. Basic: `(q − p)/p ≤ β`. Enhanced: `(q − p)/p ≤ min(β, −ln p)`, which is stricter
 * for frequent values. We report the basic β (the smallest β that holds) and give checkers for
 * both; pycanon's "enhanced" number is reproduced for comparison.
 *
 * @param frame one row per record
 * @param keys key variables (null = own category)
 * @param sensitive the sensitive attribute
 * @example
 * const df = pl.DataFrame({ age: [20, 20, 21, 21], diag: ["a", "b", "a", "a"] });
 * betaLikeness(df, ["age"], "diag").basic; // 1 (class 20: q(b) = 0.5, p(b) = 0.25)
 */
export function betaLikeness(frame: pl.DataFrame, keys: readonly string[], sensitive: string): BetaLikeness {
  const d = sensitiveDistributions(frame, keys, sensitive);
  const p = d.totals.map((n) => n / d.records);
  // Gains (q − p)/p of over-represented values, with their −ln p bound.
  const gains: { gain: number; bound: number }[] = [];
  for (const klass of d.classes) {
    klass.counts.forEach((n, i) => {
      const q = n / klass.size;
      const pi = p[i]!;
      if (q > pi) gains.push({ gain: (q - pi) / pi, bound: -Math.log(pi) });
    });
  }
  const basic = gains.reduce((m, g) => Math.max(m, g.gain), 0);
  const enhancedPycanon = p.reduce((m, pi) => Math.max(m, Math.min(basic, -Math.log(pi))), 0);
  const tolerance = 1e-12;
  return {
    sensitive,
    basic,
    enhancedPycanon,
    satisfiesBasic: (beta) => gains.every((g) => g.gain <= beta + tolerance),
    satisfiesEnhanced: (beta) => gains.every((g) => g.gain <= Math.min(beta, g.bound) + tolerance),
  };
}
