import { OraccleError } from "../../core/errors.js";
import type { TableCell } from "./linear-table.js";

/**
 * The p % rule: a cell is unsafe when the second largest contributor can estimate the largest
 * contribution within p %, i.e. when X − x₁ − x₂ < p/100 · x₁ (sdcTable `type = "p"`; τ-Argus
 * `P(p, 1)`, the pq rule with q = 100).
 *
 * @example
 * const rule: PPercentRule = { kind: "p-percent", p: 10 };
 */
export interface PPercentRule {
  kind: "p-percent";
  /** The percentage p. sdcTable's default is `80`; statistical offices commonly use 10–20. */
  p: number;
}

/**
 * Applies a {@link PPercentRule} to one cell: whether it fires and τ-Argus' required protection
 * p/100 · x₁ − (X − x₁ − x₂). Cells without `topContributions` (count tables) never fire.
 *
 * @throws OraccleError when a cell with two or more contributors lists fewer than two contributions.
 * @example
 * pPercentRule({ coordinates: {}, value: 100, frequency: 3, topContributions: [60, 35, 5] }, { kind: "p-percent", p: 10 });
 * // { unsafe: true, protection: 1 } — 100 − 60 − 35 = 5 < 6
 */
export function pPercentRule(cell: TableCell, rule: PPercentRule): { unsafe: boolean; protection: number } {
  const top = cell.topContributions;
  const frequency = cell.frequency ?? top?.length ?? 0;
  if (top === undefined || frequency === 0 || cell.value <= 0) return { unsafe: false, protection: 0 };
  if (top.length < 2 && frequency >= 2) {
    throw new OraccleError(
      "the p % rule needs the two largest contributions of each cell; a cell lists fewer",
    );
  }
  const x1 = top[0] ?? 0;
  const x2 = top[1] ?? 0;
  const margin = (rule.p / 100) * x1 - (cell.value - x1 - x2);
  return { unsafe: margin > 0, protection: Math.max(margin, 0) };
}
