import { auditSuppression } from "./audit-suppression.js";
import { type LpSolver, loadHighs, lpNumber, solveLp } from "./highs-solver.js";
import type { LinearTable } from "./linear-table.js";
import type { CellProtection } from "./primary-suppression.js";

/**
 * Options of {@link secondarySuppression}.
 *
 * @example
 * const options: SecondarySuppressionOptions = { cost: "count" };
 */
export interface SecondarySuppressionOptions {
  /** The LP solver. Default: the shared HiGHS instance. */
  solver?: LpSolver;
  /**
   * What the complementary suppressions should cost as little as possible of: `"value"` (default,
   * the total suppressed value, as τ-Argus' default cost) or `"count"` (the number of cells).
   */
  cost?: "value" | "count";
}

/**
 * Secondary (complementary) suppression: chooses extra cells to suppress so that every primary
 * cell gets its required protection interval against the LP attack, for any table expressed as
 * cells plus equations (1-D, 2-D, hierarchical, n-D).
 *
 * Method (an LP-based heuristic after Kelly, Golden & Assad's network model and Fischetti &
 * Salazar's attacker subproblems): primary cells are taken from the largest required protection;
 * a cell already protected by the current pattern (checked by the audit LPs) needs nothing; else,
 * for each side that is short, HiGHS finds the cheapest deviation y of the whole table (y_c = +upper
 * protection, or −lower protection; every equation still holds; published cells that would
 * move become suppressed; empty and protected cells never move; x + y ≥ 0). The cost of moving a
 * cell is its value + 1 per unit (`cost: "value"`) or 1 (`"count"`), and 0 for cells already
 * suppressed. Every cell the deviation moves is suppressed. Since x + y stays feasible when more
 * cells are suppressed later, each primary cell stays protected by construction, and each
 * secondary cell has a non-degenerate interval. The result is not guaranteed minimal; it is
 * checked by {@link auditSuppression} in {@link protectTable}.
 *
 * A primary cell that cannot be protected at all (e.g. every complement is `protected` or empty)
 * is left as it is: the audit then reports it and the table cannot be published.
 * @example
 * const primary = primarySuppression(table, { rules: [{ kind: "frequency", threshold: 3, convention: "<" }] });
 * const statuses = await secondarySuppression(table, primary);
 * statuses.filter((s) => s.status === "secondary").length; // ≥ 1 whenever a primary cell has a margin
 */
export async function secondarySuppression(
  table: LinearTable,
  primary: CellProtection[],
  options: SecondarySuppressionOptions = {},
): Promise<CellProtection[]> {
  const solver = options.solver ?? (await loadHighs());
  const byCost = options.cost ?? "value";
  const result = primary.map((protection) => ({ ...protection, rules: [...protection.rules] }));
  const order = result
    .map((protection, cell) => ({ protection, cell }))
    .filter(({ protection }) => protection.status === "primary")
    .sort((a, b) => b.protection.upperProtection - a.protection.upperProtection || a.cell - b.cell);

  const equationsOf = table.cells.map((): number[] => []);
  table.equations.forEach((equation, e) => {
    for (const member of [equation.total, ...equation.parts]) equationsOf[member]!.push(e);
  });
  for (const { cell } of order) {
    // Alone among published cells in one of its equations, the cell is recomputable: skip the audit LPs.
    const recomputable = equationsOf[cell]!.some((e) => {
      const equation = table.equations[e]!;
      return [equation.total, ...equation.parts].every(
        (member) => member === cell || !isSuppressed(result[member]!.status),
      );
    });
    const audit = recomputable
      ? { upperMet: false, lowerMet: result[cell]!.lowerProtection <= 0 }
      : await auditSuppressionOfCell(table, result, cell, solver);
    const sides: ("up" | "down")[] = [];
    if (!audit.upperMet) sides.push("up");
    if (!audit.lowerMet) sides.push("down");
    for (const side of sides) {
      const moved = cheapestDeviation(table, result, cell, side, byCost, solver);
      for (const other of moved) {
        if (result[other]!.status === "safe") result[other]!.status = "secondary";
      }
    }
  }
  return result;
}

/** Whether one primary cell already has both sides of its protection under the current pattern. */
async function auditSuppressionOfCell(
  table: LinearTable,
  statuses: CellProtection[],
  cell: number,
  solver: LpSolver,
): Promise<{ upperMet: boolean; lowerMet: boolean }> {
  const audit = await auditSuppression(table, statuses, { solver, cells: [cell] });
  const mine = audit.cells.find((c) => c.cell === cell)!;
  const value = table.cells[cell]!.value;
  const slack = 1e-6 * Math.max(1, Math.abs(value));
  const protection = statuses[cell]!;
  return {
    upperMet: mine.max >= value + protection.upperProtection - slack && mine.max - mine.min > slack,
    lowerMet:
      protection.lowerProtection <= 0 ||
      (mine.min <= value - protection.lowerProtection + slack && mine.max - mine.min > slack),
  };
}

/**
 * The cells moved by the cheapest deviation that pushes `cell` up by its upper protection (or down
 * by its lower protection) while every equation keeps holding.
 */
function cheapestDeviation(
  table: LinearTable,
  statuses: CellProtection[],
  cell: number,
  side: "up" | "down",
  byCost: "value" | "count",
  solver: LpSolver,
): number[] {
  const movable = statuses.map((s) => s.status !== "empty" && s.status !== "protected");
  const objective: string[] = [];
  const bounds: string[] = [];
  statuses.forEach((status, i) => {
    if (!movable[i]) return;
    const value = table.cells[i]!.value;
    const alreadySuppressed = status.status === "primary" || status.status === "secondary";
    // Reusing a cell already suppressed is free; a tiny cost keeps the deviation from wandering.
    const unitCost = alreadySuppressed ? 1e-4 : byCost === "value" ? value + 1 : 1;
    if (i !== cell) objective.push(`+ ${lpNumber(unitCost)} u${i} + ${lpNumber(unitCost)} d${i}`);
    bounds.push(` u${i} >= 0`, ` 0 <= d${i} <= ${lpNumber(value)}`);
  });
  const protection = statuses[cell]!;
  const target =
    side === "up"
      ? [` target_up: u${cell} = ${lpNumber(protection.upperProtection)}`, ` target_still: d${cell} = 0`]
      : [` target_down: d${cell} = ${lpNumber(protection.lowerProtection)}`, ` target_still: u${cell} = 0`];
  const rows: string[] = [];
  table.equations.forEach((equation, e) => {
    const terms: string[] = [];
    for (const part of equation.parts) if (movable[part]) terms.push(`+ u${part} - d${part}`);
    if (movable[equation.total]) terms.push(`- u${equation.total} + d${equation.total}`);
    if (terms.length > 0) rows.push(` e${e}: ${terms.join(" ")} = 0`);
  });
  const lp = [
    "Minimize",
    ` obj: ${objective.length > 0 ? objective.join(" ") : `0 u${cell}`}`,
    "Subject To",
    ...target,
    ...rows,
    "Bounds",
    ...bounds,
    "End",
  ].join("\n");
  const outcome = solveLp(solver, lp);
  // No deviation exists: nothing can protect this side; the audit will report the cell.
  if (outcome.status !== "optimal") return [];
  const size = side === "up" ? protection.upperProtection : protection.lowerProtection;
  const moved: number[] = [];
  for (const [name, primal] of Object.entries(outcome.primal)) {
    const index = Number(name.slice(1));
    if (index !== cell && primal > 1e-7 * Math.max(1, size)) moved.push(index);
  }
  return [...new Set(moved)];
}

function isSuppressed(status: CellProtection["status"]): boolean {
  return status === "primary" || status === "secondary";
}
