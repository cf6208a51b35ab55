import type { LpSolver } from "../tables/highs-solver.js";
import type { LinearTable } from "../tables/linear-table.js";
import { type ProtectedTable, protectTable } from "../tables/protect-table.js";
import type { DisclosurePolicy } from "./disclosure-policy.js";
import type { ReportCheck, ReportItem } from "./disclosure-report.js";
import type { GateOutcome } from "./microdata-gate.js";
import { gateOutcome, limit } from "./report-helpers.js";

/** A table of cells handed to the gate (see `checkRelease`). */
export interface TableInput {
  kind: "table";
  table: LinearTable;
  /** Name of the input in the report. Default `"(table)"`. */
  source?: string;
  /** The LP solver. Default: the shared HiGHS instance. */
  solver?: LpSolver;
}

/**
 * The table rules: primary suppression by the policy's rules, secondary suppression, and the LP
 * audit of every suppressed cell (fails when any can be recomputed or narrowly bounded). Returns
 * the protected table with the values to publish.
 *
 * @example
 * const { outcome, protectedTable } = await checkTable({ kind: "table", table }, resolvePolicy("oraccle-k5"), 1000);
 */
export async function checkTable(
  input: TableInput,
  policy: DisclosurePolicy,
  maxItems: number,
): Promise<{ outcome: GateOutcome; protectedTable: ProtectedTable }> {
  const source = input.source ?? "(table)";
  const settings = input.solver ? { ...policy.table, solver: input.solver } : policy.table;
  const protectedTable = await protectTable({ table: input.table, ...settings });
  const checks: ReportCheck[] = [];
  const primary = protectedTable.cells.filter((c) => c.status === "primary");
  checks.push(
    limit(
      {
        rule: "primary-suppression",
        passed: true,
        threshold: policy.table.rules.map(describeRule).join(" | "),
        count: primary.length,
        items: primary.map((c) => ({
          cell: c.index,
          coordinates: c.coordinates,
          status: c.status,
          rules: c.rules,
        })),
        truncated: false,
        summary: `${primary.length} sensitive cell(s) suppressed, ${protectedTable.counts.secondary} secondary suppression(s)`,
      },
      maxItems,
    ),
  );
  const failures: ReportItem[] = protectedTable.audit.failures.map((failure) => {
    const cell = protectedTable.cells[failure.cell]!;
    const lowShort = failure.min > failure.requiredMin + 1e-6 * Math.max(1, Math.abs(failure.requiredMin));
    const highShort = failure.max < failure.requiredMax - 1e-6 * Math.max(1, Math.abs(failure.requiredMax));
    const problem = failure.exact
      ? "exact"
      : lowShort && highShort
        ? "lower+upper"
        : lowShort
          ? "lower"
          : "upper";
    return {
      cell: cell.index,
      coordinates: cell.coordinates,
      status: cell.status,
      rules: cell.rules,
      problem,
    };
  });
  checks.push(
    limit(
      {
        rule: "lp-audit",
        passed: protectedTable.audit.passed,
        threshold: "feasible interval ⊇ [value − protection, value + protection]",
        count: failures.length,
        items: failures,
        truncated: false,
        summary: protectedTable.audit.passed
          ? `${protectedTable.audit.cells.length} suppressed cell(s) audited with ${protectedTable.audit.lpSolved} LPs: none recomputable or narrowly bounded`
          : `${failures.length} suppressed cell(s) can be recomputed or narrowly bounded: the table cannot be published`,
      },
      maxItems,
    ),
  );
  const outcome = gateOutcome(source, checks, {
    cells: protectedTable.cells.length,
    ...protectedTable.counts,
    lpSolved: protectedTable.audit.lpSolved,
  });
  return { outcome, protectedTable };
}

function describeRule(rule: DisclosurePolicy["table"]["rules"][number]): string {
  if (rule.kind === "frequency") return `frequency: unsafe if 0 < f ${rule.convention} ${rule.threshold}`;
  if (rule.kind === "dominance") return `NK(${rule.n},${rule.k})`;
  return `p % (p = ${rule.p})`;
}
