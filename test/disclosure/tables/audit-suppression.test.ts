import { describe, expect, it } from "vitest";
import { auditSuppression } from "../../../src/disclosure/tables/audit-suppression.js";
import { buildTable } from "../../../src/disclosure/tables/build-table.js";
import type { TableCell } from "../../../src/disclosure/tables/linear-table.js";
import {
  type CellProtection,
  primarySuppression,
} from "../../../src/disclosure/tables/primary-suppression.js";

// sdcTable's `problemdata()` (sdcTools/sdcTable R/test_problems.R, used in test-simpleheuristic.R):
// a 4×4 table (v1 = w, x, y, z; v2 = a, b, c, d) whose 9 primary suppressions leave ≥ 2 suppressed
// cells in every row and column, yet w|b is recomputable. Inner values re-typed from that file;
// margins are recomputed from them, as sdcTable's makeProblem does.
const inner: Record<string, number[]> = {
  w: [30, 47, 64, 89],
  x: [90, 124, 5, 31],
  y: [92, 100, 59, 85],
  z: [800, 991, 651, 685],
};
const suppressedInner = new Set(["w|a", "w|b", "w|c", "x|a", "x|c", "y|b", "y|d", "z|b", "z|d"]);

function problemdata() {
  const columns = ["a", "b", "c", "d"];
  const cells: TableCell[] = [];
  const columnTotals = [0, 0, 0, 0];
  for (const [row, values] of Object.entries(inner)) {
    values.forEach((value, j) => {
      const v2 = columns[j]!;
      columnTotals[j]! += value;
      cells.push({
        coordinates: { v1: row, v2 },
        value,
        ...(suppressedInner.has(`${row}|${v2}`) ? { manual: "unsafe" as const } : {}),
      });
    });
    cells.push({ coordinates: { v1: row, v2: "tot" }, value: values.reduce((s, x) => s + x, 0) });
  }
  columnTotals.forEach((value, j) => {
    cells.push({ coordinates: { v1: "tot", v2: columns[j]! }, value });
  });
  cells.push({ coordinates: { v1: "tot", v2: "tot" }, value: columnTotals.reduce((s, x) => s + x, 0) });
  return buildTable({
    dimensions: [
      { name: "v1", total: "tot" },
      { name: "v2", total: "tot" },
    ],
    cells,
  });
}

describe("auditSuppression()", () => {
  it("recomputes w|b = 47 exactly in sdcTable's problemdata although every row and column has 2 suppressions", async () => {
    const table = problemdata();
    const protections = primarySuppression(table, { rules: [] });
    expect(protections.filter((p) => p.status === "primary")).toHaveLength(9);
    const audit = await auditSuppression(table, protections);
    expect(audit.passed).toBe(false);
    const wb = table.cells.findIndex((c) => c.coordinates.v1 === "w" && c.coordinates.v2 === "b");
    const failure = audit.failures.find((f) => f.cell === wb)!;
    expect(failure.exact).toBe(true);
    expect(failure.min).toBeCloseTo(47, 6);
    expect(failure.max).toBeCloseTo(47, 6);
    expect(audit.lpSolved).toBe(18);
  });

  it("gives the feasible interval of a suppressed pair in a 1-D table", async () => {
    // a = 2 (primary), b = 5 (secondary), c = 9 published, total 16 → a ∈ [0, 7], b ∈ [0, 7].
    const table = buildTable({
      dimensions: [{ name: "d" }],
      cells: [
        { coordinates: { d: "a" }, value: 2 },
        { coordinates: { d: "b" }, value: 5 },
        { coordinates: { d: "c" }, value: 9 },
        { coordinates: { d: "Total" }, value: 16 },
      ],
    });
    const audit = await auditSuppression(table, [
      { status: "primary", rules: ["frequency"], lowerProtection: 1, upperProtection: 1 },
      { status: "secondary", rules: [], lowerProtection: 0, upperProtection: 0 },
      { status: "safe", rules: [], lowerProtection: 0, upperProtection: 0 },
      { status: "safe", rules: [], lowerProtection: 0, upperProtection: 0 },
    ]);
    expect(audit.cells.map((c) => [c.cell, c.min, c.max])).toEqual([
      [0, 0, 7],
      [1, 0, 7],
    ]);
    expect(audit.passed).toBe(true);
  });

  it("fails a primary cell whose interval is narrower than its required protection", async () => {
    // 2×2 table a = 50, b = 4 / c = 1, d = 100, all four suppressed, margins published:
    // a = 51 − c with c ∈ [0, 51], so a ∈ [0, 51] and a needs 50 + 10 = 60 on the upper side.
    const cells: TableCell[] = [];
    const values: Record<string, number> = { "1|1": 50, "1|2": 4, "2|1": 1, "2|2": 100 };
    for (const r of ["1", "2", "Total"]) {
      for (const c of ["1", "2", "Total"]) {
        const value = Object.entries(values)
          .filter(
            ([key]) => (r === "Total" || key.startsWith(`${r}|`)) && (c === "Total" || key.endsWith(`|${c}`)),
          )
          .reduce((sum, [, v]) => sum + v, 0);
        cells.push({ coordinates: { r, c }, value });
      }
    }
    const table = buildTable({ dimensions: [{ name: "r" }, { name: "c" }], cells });
    const none = { rules: [], lowerProtection: 0, upperProtection: 0 };
    const protections: CellProtection[] = table.cells.map((cell) =>
      cell.coordinates.r === "Total" || cell.coordinates.c === "Total"
        ? { status: "safe" as const, ...none }
        : { status: "secondary" as const, ...none },
    );
    protections[0] = { status: "primary", rules: ["dominance"], lowerProtection: 10, upperProtection: 10 };
    const audit = await auditSuppression(table, protections);
    const a = audit.cells.find((c) => c.cell === 0)!;
    expect([a.min, a.max, a.exact, a.passed]).toEqual([0, 51, false, false]);
    expect(audit.failures.map((f) => f.cell)).toEqual([0]);
    expect(audit.passed).toBe(false);
  });

  it("reports an unbounded maximum when a suppressed cell is tied to no published total", async () => {
    const table = buildTable({
      dimensions: [{ name: "d" }],
      cells: [
        { coordinates: { d: "a" }, value: 1 },
        { coordinates: { d: "b" }, value: 2 },
        { coordinates: { d: "Total" }, value: 3 },
      ],
    });
    const suppressedAll = primarySuppression(table, {
      rules: [{ kind: "frequency", threshold: 5, convention: "<" }],
    });
    const audit = await auditSuppression(table, suppressedAll);
    expect(audit.cells.every((c) => c.max === Number.POSITIVE_INFINITY && c.min === 0)).toBe(true);
    expect(audit.passed).toBe(true);
  });
});
