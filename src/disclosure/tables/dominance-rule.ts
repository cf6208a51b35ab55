import { OraccleError } from "../../core/errors.js";
import type { TableCell } from "./linear-table.js";

/**
 * The (n,k)-dominance rule: a cell is unsafe when its n largest contributions make up more than
 * k % of its total, x₁ + … + xₙ > k/100 · X (strict `>`, as sdcTable and τ-Argus `NK(n,k)`; the
 * Insee manual says "more than 85 %" for `NK(1,85)`).
 *
 * @example
 * const insee: DominanceRule = { kind: "dominance", n: 1, k: 85 };
 */
export interface DominanceRule {
  kind: "dominance";
  /** Number of largest contributors summed. sdcTable's default is `2`; Insee uses `1`. */
  n: number;
  /** Percentage of the cell total they may not exceed. sdcTable's default is `85`. */
  k: number;
}

/**
 * Applies a {@link DominanceRule} to one cell: whether it fires and τ-Argus' required upper
 * protection (100/k)·(x₁ + … + xₙ) − X. Cells without `topContributions` (count tables) never
 * fire; a cell whose contributions are too few to sum n of them is an error.
 *
 * @throws OraccleError when the cell has more contributors than listed and fewer than n listed.
 * @example
 * dominanceRule({ coordinates: {}, value: 100, frequency: 4, topContributions: [90, 5] }, { kind: "dominance", n: 1, k: 85 });
 * // { unsafe: true, protection: 5.88… } — 90 > 85, and 90 / 0.85 − 100 ≈ 5.88
 */
export function dominanceRule(cell: TableCell, rule: DominanceRule): { unsafe: boolean; protection: number } {
  const top = cell.topContributions;
  const frequency = cell.frequency ?? top?.length ?? 0;
  if (top === undefined || frequency === 0 || cell.value <= 0) return { unsafe: false, protection: 0 };
  if (top.length < rule.n && frequency > top.length) {
    throw new OraccleError(
      `the dominance rule NK(${rule.n},${rule.k}) needs the ${rule.n} largest contributions of each cell; a cell lists only ${top.length}`,
    );
  }
  const dominant = top.slice(0, rule.n).reduce((sum, x) => sum + x, 0);
  const unsafe = dominant > (rule.k / 100) * cell.value;
  return { unsafe, protection: unsafe ? (100 / rule.k) * dominant - cell.value : 0 };
}
