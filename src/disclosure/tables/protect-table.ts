import { type AuditResult, auditSuppression } from "./audit-suppression.js";
import { buildTable, type TableDimension } from "./build-table.js";
import type { LpSolver } from "./highs-solver.js";
import type { LinearTable } from "./linear-table.js";
import {
  type CellStatus,
  type PrimaryRule,
  type PrimaryRuleName,
  primarySuppression,
} from "./primary-suppression.js";
import { secondarySuppression } from "./secondary-suppression.js";

/**
 * How a table is protected: the primary rules and the parameters of the protection. The release
 * gate's policies carry one of these (`policy.table`).
 *
 * @example
 * const insee: TableProtectionSettings = {
 *   rules: [{ kind: "frequency", threshold: 3, convention: "<" }, { kind: "dominance", n: 1, k: 85 }],
 * };
 */
export interface TableProtectionSettings {
  /** Primary rules; a cell is unsafe when any fires. */
  rules: PrimaryRule[];
  /** Floor of the required protection, in the table's unit. Default `1`. */
  minimumProtection?: number;
  /** Protection of cells made unsafe by hand, in % of the value. Default `10`. */
  manualProtectionPercent?: number;
  /** Minimise the suppressed `"value"` (default) or the `"count"` of complementary cells. */
  cost?: "value" | "count";
  /**
   * What a suppressed cell shows in `published`: `null` (default) or a placeholder number (Oraccle
   * publishes masked cohorts as `0`). The audit treats suppressed cells as unknown either way.
   */
  maskValue?: null | number;
}

/** Options of {@link protectTable}: a table (ready-made, or dimensions + cells) and settings. */
export type ProtectTableOptions = TableProtectionSettings & {
  /** The LP solver. Default: the shared HiGHS instance. */
  solver?: LpSolver;
} & ({ table: LinearTable } | { dimensions: TableDimension[]; cells: LinearTable["cells"]; source?: string });

/**
 * One cell after protection: where it is, its status, the rules that made it unsafe and what may
 * be published (the value, or the mask when suppressed).
 *
 * @example
 * const cell: ProtectedCell = { index: 0, coordinates: { d: "a" }, status: "primary", rules: ["frequency"], published: null };
 */
export interface ProtectedCell {
  index: number;
  coordinates: Record<string, string>;
  status: CellStatus;
  rules: PrimaryRuleName[];
  published: number | null;
}

/**
 * Result of {@link protectTable}. `passed` is the audit's verdict: when false the table must not
 * be published (the failing cells are in `audit.failures`).
 *
 * @example
 * const result = await protectTable({ dimensions, cells, rules });
 * if (result.passed) publish(result.cells.map((c) => c.published));
 */
export interface ProtectedTable {
  passed: boolean;
  cells: ProtectedCell[];
  /** Number of cells per status. */
  counts: Record<CellStatus, number>;
  /** Total value of the suppressed cells (primary + secondary). */
  suppressedValue: number;
  audit: AuditResult;
  table: LinearTable;
}

/**
 * Protects a table end to end: primary suppression with the given rules, secondary suppression
 * with HiGHS, then the LP audit of every suppressed cell. The one call a publisher needs.
 *
 * @example
 * const result = await protectTable({
 *   dimensions: [{ name: "region" }, { name: "sexe" }],
 *   cells, // every cell with its margins, { coordinates: { region: "A", sexe: "1" }, value: 2 }…
 *   rules: [{ kind: "frequency", threshold: 5, convention: "<" }],
 * });
 * result.passed; // true: every suppressed cell is protected against the LP attack
 */
export async function protectTable(options: ProtectTableOptions): Promise<ProtectedTable> {
  const table =
    "table" in options
      ? options.table
      : buildTable({
          dimensions: options.dimensions,
          cells: options.cells,
          source: options.source ?? "table",
        });
  const primaryOptions: Parameters<typeof primarySuppression>[1] = { rules: options.rules };
  if (options.minimumProtection !== undefined) primaryOptions.minimumProtection = options.minimumProtection;
  if (options.manualProtectionPercent !== undefined) {
    primaryOptions.manualProtectionPercent = options.manualProtectionPercent;
  }
  const primary = primarySuppression(table, primaryOptions);
  const secondaryOptions: Parameters<typeof secondarySuppression>[2] = { cost: options.cost ?? "value" };
  if (options.solver) secondaryOptions.solver = options.solver;
  const statuses = await secondarySuppression(table, primary, secondaryOptions);
  const audit = await auditSuppression(table, statuses, options.solver ? { solver: options.solver } : {});
  const mask = options.maskValue ?? null;
  const counts: Record<CellStatus, number> = { safe: 0, primary: 0, secondary: 0, empty: 0, protected: 0 };
  let suppressedValue = 0;
  const cells = table.cells.map((cell, index): ProtectedCell => {
    const { status, rules } = statuses[index]!;
    counts[status] += 1;
    const suppressed = status === "primary" || status === "secondary";
    if (suppressed) suppressedValue += cell.value;
    return { index, coordinates: cell.coordinates, status, rules, published: suppressed ? mask : cell.value };
  });
  return { passed: audit.passed, cells, counts, suppressedValue, audit, table };
}
