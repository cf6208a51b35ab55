import { type DominanceRule, dominanceRule } from "./dominance-rule.js";
import { type FrequencyRule, frequencyRule } from "./frequency-rule.js";
import type { LinearTable } from "./linear-table.js";
import { type PPercentRule, pPercentRule } from "./p-percent-rule.js";

/**
 * Any primary (sensitivity) rule.
 *
 * @example
 * const rules: PrimaryRule[] = [{ kind: "frequency", threshold: 3, convention: "<" }, { kind: "dominance", n: 1, k: 85 }];
 */
export type PrimaryRule = FrequencyRule | DominanceRule | PPercentRule;

/**
 * Name of what made a cell unsafe: one of the rules, or a manual decision.
 *
 * @example
 * const fired: PrimaryRuleName[] = ["frequency", "manual"];
 */
export type PrimaryRuleName = PrimaryRule["kind"] | "manual";

/**
 * Status of a cell, in the spirit of τ-Argus and sdcTable:
 * - `safe` — published (sdcTable `s`, τ-Argus `V`);
 * - `primary` — unsafe by a rule or by hand, suppressed (sdcTable `u`, τ-Argus `A`/`B`);
 * - `secondary` — safe but suppressed to protect a primary cell (sdcTable `x`, τ-Argus `D`);
 * - `empty` — no contributor, published as is and never used as a complement (sdcTable `z`);
 * - `protected` — declared safe by hand, always published (τ-Argus "protected").
 *
 * @example
 * const status: CellStatus = "primary";
 */
export type CellStatus = "safe" | "primary" | "secondary" | "empty" | "protected";

/**
 * A cell's status and the protection it needs: a suppressed primary cell must not be boundable by
 * an attacker within [value − lowerProtection, value + upperProtection].
 *
 * @example
 * const protection: CellProtection = { status: "primary", rules: ["frequency"], lowerProtection: 1, upperProtection: 1 };
 */
export interface CellProtection {
  status: CellStatus;
  /** The rules that fired, in the order they were given (empty unless `primary`). */
  rules: PrimaryRuleName[];
  /** Required distance between the value and the lowest value an attacker can infer. */
  lowerProtection: number;
  /** Required distance between the value and the highest value an attacker can infer. */
  upperProtection: number;
}

/**
 * Options of {@link primarySuppression}.
 *
 * @example
 * const options: PrimarySuppressionOptions = { rules: [{ kind: "p-percent", p: 10 }], minimumProtection: 1 };
 */
export interface PrimarySuppressionOptions {
  /** The rules; a cell is unsafe when any fires. */
  rules: PrimaryRule[];
  /**
   * Floor of the required protection, in the table's unit, so that no suppressed primary cell can
   * be pinned down exactly even when its rule asks for little (e.g. 10 % of a count of 2).
   * Default `1` (one unit: one student, one euro).
   */
  minimumProtection?: number;
  /** Protection of cells made unsafe by hand, in % of their value (τ-Argus `MAN(10)`). Default `10`. */
  manualProtectionPercent?: number;
}

/**
 * Primary suppression: applies the rules to every cell and returns one {@link CellProtection} per
 * cell. The required protection of an unsafe cell is the largest of the fired rules' τ-Argus
 * protection levels, at least `minimumProtection`; it is symmetric, except that the lower side is
 * capped at the value (magnitudes are ≥ 0). A cell marked `manual: "unsafe"` is primary; a cell
 * marked `manual: "protected"` is published unless a rule fires (safety first: the rule wins).
 *
 * @example
 * const table = buildTable({ dimensions: [{ name: "d" }], cells: [
 *   { coordinates: { d: "a" }, value: 2 }, { coordinates: { d: "b" }, value: 9 }, { coordinates: { d: "Total" }, value: 11 } ] });
 * primarySuppression(table, { rules: [{ kind: "frequency", threshold: 3, convention: "<" }] })[0];
 * // { status: "primary", rules: ["frequency"], lowerProtection: 1, upperProtection: 1 }
 */
export function primarySuppression(table: LinearTable, options: PrimarySuppressionOptions): CellProtection[] {
  const minimum = options.minimumProtection ?? 1;
  const manualPercent = options.manualProtectionPercent ?? 10;
  return table.cells.map((cell) => {
    const frequency = cell.frequency ?? cell.value;
    if (frequency === 0 && cell.manual !== "unsafe") {
      return { status: "empty", rules: [], lowerProtection: 0, upperProtection: 0 };
    }
    const rules: PrimaryRuleName[] = [];
    let protection = 0;
    for (const rule of options.rules) {
      const outcome =
        rule.kind === "frequency"
          ? frequencyRule(cell, rule)
          : rule.kind === "dominance"
            ? dominanceRule(cell, rule)
            : pPercentRule(cell, rule);
      if (outcome.unsafe) {
        rules.push(rule.kind);
        protection = Math.max(protection, outcome.protection);
      }
    }
    if (cell.manual === "unsafe") {
      rules.push("manual");
      protection = Math.max(protection, (cell.value * manualPercent) / 100);
    }
    if (rules.length === 0) {
      const status = cell.manual === "protected" ? "protected" : "safe";
      return { status, rules, lowerProtection: 0, upperProtection: 0 };
    }
    const upper = Math.max(protection, minimum);
    return { status: "primary", rules, lowerProtection: Math.min(upper, cell.value), upperProtection: upper };
  });
}
