import { OraccleError } from "../../core/errors.js";
import { type LpSolver, loadHighs, lpNumber, solveLp } from "./highs-solver.js";
import type { LinearTable } from "./linear-table.js";
import type { CellProtection } from "./primary-suppression.js";

/**
 * What an attacker can infer about one suppressed cell: the feasible interval [min, max] of its
 * value given every published cell and every additivity equation (values ≥ 0), compared with the
 * protection the cell needs.
 *
 * @example
 * const audit: CellAudit = { cell: 4, status: "primary", min: 0, max: 7, requiredMin: 1, requiredMax: 3, exact: false, passed: true };
 */
export interface CellAudit {
  /** Index of the cell in the table. */
  cell: number;
  status: "primary" | "secondary";
  /** Lowest feasible value (an attacker's lower bound). */
  min: number;
  /** Highest feasible value; `Infinity` when unbounded. */
  max: number;
  /** The attacker's lower bound must be ≤ this (value − lower protection). */
  requiredMin: number;
  /** The attacker's upper bound must be ≥ this (value + upper protection). */
  requiredMax: number;
  /** Whether the value can be recomputed exactly (max − min within tolerance). */
  exact: boolean;
  /** Whether the cell is protected: not exact and, for a primary cell, the interval is wide enough. */
  passed: boolean;
}

/**
 * Outcome of {@link auditSuppression}: one {@link CellAudit} per suppressed cell, the failures,
 * and the number of LPs solved. `passed` is false when any cell fails: the table cannot be published.
 *
 * @example
 * const result = await auditSuppression(table, protections);
 * if (!result.passed) console.log(result.failures.map((f) => f.cell));
 */
export interface AuditResult {
  passed: boolean;
  cells: CellAudit[];
  failures: CellAudit[];
  lpSolved: number;
}

/**
 * Options of {@link auditSuppression}.
 *
 * @example
 * const options: AuditOptions = { tolerance: 1e-8, cells: [4, 7] };
 */
export interface AuditOptions {
  /** The LP solver. Default: the shared HiGHS instance ({@link loadHighs}). */
  solver?: LpSolver;
  /**
   * Tolerance, relative to max(1, |value|): an interval narrower than this is an exact disclosure
   * (sdcTable's `attack` uses 1e-8 absolute), and required bounds are met up to it. Default `1e-6`.
   */
  tolerance?: number;
  /** Audit only these cells (indices), e.g. while building a pattern. Default: every suppressed cell. */
  cells?: number[];
}

/**
 * The LP audit: for every suppressed cell (status `primary` or `secondary`), solves min x_c and
 * max x_c with HiGHS subject to every equation of the table, the published cells fixed at their
 * values and every suppressed value ≥ 0 — the attack of sdcTable's `attack()` and τ-Argus'
 * "realised bounds". A cell fails when its value can be recomputed exactly, or, for a primary
 * cell, when the interval does not reach [value − lowerProtection, value + upperProtection].
 * The interval is that of the continuous relaxation: an attacker using integrality could do
 * slightly better on non-unimodular tables.
 *
 * @example
 * const protections = primarySuppression(table, { rules: [{ kind: "frequency", threshold: 3, convention: "<" }] });
 * const audit = await auditSuppression(table, protections);
 * audit.passed; // false: a lone suppressed cell is recomputed from its margin
 */
export async function auditSuppression(
  table: LinearTable,
  protections: CellProtection[],
  options: AuditOptions = {},
): Promise<AuditResult> {
  const solver = options.solver ?? (await loadHighs());
  const tolerance = options.tolerance ?? 1e-6;
  const suppressed = protections.map((p) => p.status === "primary" || p.status === "secondary");
  const constraints = attackerConstraints(table, suppressed);
  const bounds = suppressed.flatMap((isSuppressed, i) => (isSuppressed ? [` x${i} >= 0`] : []));
  const cells: CellAudit[] = [];
  let lpSolved = 0;
  const only = options.cells ? new Set(options.cells) : undefined;
  suppressed.forEach((isSuppressed, i) => {
    if (!isSuppressed || (only && !only.has(i))) return;
    const protection = protections[i]!;
    const value = table.cells[i]!.value;
    const lp = (sense: string) =>
      [sense, ` obj: x${i}`, "Subject To", ...constraints, "Bounds", ...bounds, "End"].join("\n");
    const low = solveLp(solver, lp("Minimize"));
    const high = solveLp(solver, lp("Maximize"));
    lpSolved += 2;
    if (low.status === "infeasible" || high.status === "infeasible") {
      throw new OraccleError("the published cells contradict the table's equations: check its additivity");
    }
    const min = low.status === "optimal" ? low.value : Number.NEGATIVE_INFINITY;
    const max = high.status === "optimal" ? high.value : Number.POSITIVE_INFINITY;
    const slack = tolerance * Math.max(1, Math.abs(value));
    const status = protection.status as "primary" | "secondary";
    const requiredMin = value - protection.lowerProtection;
    const requiredMax = value + protection.upperProtection;
    const exact = max - min <= slack;
    const passed = !exact && min <= requiredMin + slack && max >= requiredMax - slack;
    cells.push({ cell: i, status, min, max, requiredMin, requiredMax, exact, passed });
  });
  const failures = cells.filter((cell) => !cell.passed);
  return { passed: failures.length === 0, cells, failures, lpSolved };
}

/**
 * The equations an attacker writes for the suppressed cells `x{i}`: published values move to the
 * right-hand side; equations without a suppressed cell carry no information and are dropped.
 */
function attackerConstraints(table: LinearTable, suppressed: boolean[]): string[] {
  const rows: string[] = [];
  table.equations.forEach((equation, e) => {
    const terms: string[] = [];
    let rhs = 0;
    for (const part of equation.parts) {
      if (suppressed[part]) terms.push(`+ x${part}`);
      else rhs -= table.cells[part]!.value;
    }
    if (suppressed[equation.total]) terms.push(`- x${equation.total}`);
    else rhs += table.cells[equation.total]!.value;
    if (terms.length > 0) rows.push(` e${e}: ${terms.join(" ")} = ${lpNumber(rhs)}`);
  });
  return rows;
}
