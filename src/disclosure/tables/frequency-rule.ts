import type { TableCell } from "./linear-table.js";

/**
 * The frequency (threshold) rule: a cell with too few contributors is unsafe. The two conventions
 * in use differ by one, so the comparison is explicit:
 * - `"<"` — unsafe if 0 < f < threshold (τ-Argus `FREQ(n, range)`, Insee "no cell from fewer than
 *   3 units", DGFiP "fewer than 11");
 * - `"<="` — unsafe if 0 < f ≤ threshold (sdcTable `primarySuppression(type = "freq", maxN)`).
 *
 * @example
 * const insee: FrequencyRule = { kind: "frequency", threshold: 3, convention: "<" }; // f = 1, 2 unsafe
 * const sdcTable: FrequencyRule = { kind: "frequency", threshold: 3, convention: "<=" }; // f = 1, 2, 3 unsafe
 */
export interface FrequencyRule {
  kind: "frequency";
  /** The threshold n. */
  threshold: number;
  /** `"<"` (τ-Argus, Insee, DGFiP) or `"<="` (sdcTable `maxN`). No default: always say which. */
  convention: "<" | "<=";
  /**
   * Required protection, in % of the cell value, on both sides of the value (τ-Argus `range`).
   * Default `10`, τ-Argus' `FREQ(3,10)`.
   */
  protectionPercent?: number;
}

/**
 * Applies a {@link FrequencyRule} to one cell: whether it fires and the protection it requires
 * (`rule.protectionPercent` % of the value). Empty cells (frequency 0) never fire. The frequency
 * is the cell's `frequency`, or its `value` when no frequency is given (count tables).
 *
 * @example
 * frequencyRule({ coordinates: {}, value: 2 }, { kind: "frequency", threshold: 3, convention: "<" });
 * // { unsafe: true, protection: 0.2 }
 */
export function frequencyRule(cell: TableCell, rule: FrequencyRule): { unsafe: boolean; protection: number } {
  const frequency = cell.frequency ?? cell.value;
  const unsafe =
    frequency > 0 && (rule.convention === "<" ? frequency < rule.threshold : frequency <= rule.threshold);
  return { unsafe, protection: unsafe ? (cell.value * (rule.protectionPercent ?? 10)) / 100 : 0 };
}
