import type pl from "nodejs-polars";
import { requireColumns } from "../../core/require-columns.js";
import { FRAME_SOURCE } from "./frame-checks.js";
import { type IndividualRiskOptions, individualRisk } from "./individual-risk.js";

/**
 * Options of {@link globalRisk}.
 *
 * @example
 * const options: GlobalRiskOptions = { weights: "poids", household: "id_menage" };
 */
export interface GlobalRiskOptions extends IndividualRiskOptions {
  /**
   * Household (cluster) identifier. When given, the household risk `1 − Π(1 − r_i)` over the
   * members is computed and summed over records, as sdcMicro's `hier_risk`. Default: none.
   */
  household?: string | undefined;
}

/**
 * Dataset-level risk, as sdcMicro `measure_risk` reports it.
 *
 * @example
 * const g: GlobalRisk = globalRisk(df, ["sexe", "age"]);
 * g.expectedReidentifications; // Σ r_i
 */
export interface GlobalRisk {
  /** Number of records n. */
  records: number;
  /** Expected number of re-identifications ER = Σ r_i (sdcMicro `global_risk_ER`). */
  expectedReidentifications: number;
  /** ER / n (sdcMicro `global_risk`); × 100 gives `global_risk_pct`. */
  rate: number;
  /** Highest individual risk. */
  maxRisk: number;
  /**
   * Records whose risk is "much higher than the main part": r > median + 3·MAD and r > 0.1,
   * MAD scaled by 1.4826 as R's `mad()` (sdcMicro's print method).
   */
  highRiskRecords: number;
  /** Household risk, when `household` was given: Σ over records of their household's risk. */
  household?: { expectedReidentifications: number; rate: number } | undefined;
}

/**
 * Global re-identification risk: the expected number of re-identifications (sum of the
 * {@link individualRisk} of all records) and its rate over the n records, plus the count of
 * records with a much higher risk than the rest, and optionally the household risk.
 *
 * `ER = Σ_i r_i`, `rate = ER / n`; high risk: `r_i > median(r) + 3·1.4826·median(|r − median(r)|)`
 * and `r_i > 0.1`; household: `r_h = 1 − Π_{i∈h}(1 − r_i)`, `ER_h = Σ_i r_{h(i)}`.
 *
 * @param frame one row per record
 * @param keys key variables
 * @param options as {@link individualRisk} (weights, survey, method, qual, missing) plus `household`
 * @example
 * const df = pl.DataFrame({ sexe: ["1", "1", "2"] });
 * globalRisk(df, ["sexe"]); // { records: 3, expectedReidentifications: 2, rate: 0.667, … }
 */
export function globalRisk(
  frame: pl.DataFrame,
  keys: readonly string[],
  options: GlobalRiskOptions = {},
): GlobalRisk {
  if (options.household !== undefined)
    requireColumns(frame, [options.household], FRAME_SOURCE, { role: "household variable" });
  const withRisk = individualRisk(frame, keys, { ...options, column: "__oraccle_risk" });
  const risks = withRisk.getColumn("__oraccle_risk").toArray() as number[];
  const n = risks.length;
  const er = risks.reduce((s, r) => s + r, 0);
  const med = median(risks);
  const mad = 1.4826 * median(risks.map((r) => Math.abs(r - med)));
  const result: GlobalRisk = {
    records: n,
    expectedReidentifications: er,
    rate: n === 0 ? 0 : er / n,
    maxRisk: risks.reduce((m, r) => Math.max(m, r), 0),
    highRiskRecords: risks.filter((r) => r > med + 3 * mad && r > 0.1).length,
  };
  if (options.household !== undefined) {
    const ids = withRisk.getColumn(options.household).toArray() as unknown[];
    const survival = new Map<unknown, number>();
    ids.forEach((id, i) => {
      survival.set(id, (survival.get(id) ?? 1) * (1 - (risks[i] ?? 0)));
    });
    const hh = ids.reduce<number>((s, id) => s + (1 - (survival.get(id) ?? 1)), 0);
    result.household = { expectedReidentifications: hh, rate: n === 0 ? 0 : hh / n };
  }
  return result;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
