import { describe, expect, it } from "vitest";
import { aggregateTable } from "../../../src/disclosure/tables/aggregate-table.js";
import type { TableDimension } from "../../../src/disclosure/tables/build-table.js";
import type { TableCell } from "../../../src/disclosure/tables/linear-table.js";
import { protectTable } from "../../../src/disclosure/tables/protect-table.js";

/** Cells of an R×C count table with both margins and the grand total. */
function twoWay(counts: number[][]): TableCell[] {
  const cells: TableCell[] = [];
  const columns = counts[0]!.length;
  counts.forEach((row, r) => {
    row.forEach((value, c) => {
      cells.push({ coordinates: { r: `r${r}`, c: `c${c}` }, value });
    });
    cells.push({ coordinates: { r: `r${r}`, c: "Total" }, value: row.reduce((s, x) => s + x, 0) });
  });
  for (let c = 0; c < columns; c++) {
    cells.push({ coordinates: { r: "Total", c: `c${c}` }, value: counts.reduce((s, row) => s + row[c]!, 0) });
  }
  cells.push({ coordinates: { r: "Total", c: "Total" }, value: counts.flat().reduce((s, x) => s + x, 0) });
  return cells;
}

const dimensions2: TableDimension[] = [{ name: "r" }, { name: "c" }];
const freq3 = [{ kind: "frequency" as const, threshold: 3, convention: "<" as const }];

describe("protectTable()", () => {
  it("protects a lone small cell in a 2×2 table by suppressing a rectangle (4 cells)", async () => {
    const result = await protectTable({
      dimensions: dimensions2,
      cells: twoWay([
        [1, 8],
        [7, 9],
      ]),
      rules: freq3,
    });
    expect(result.counts.primary).toBe(1);
    expect(result.counts.secondary).toBe(3);
    expect(result.passed).toBe(true);
    const suppressed = result.cells
      .filter((c) => c.published === null)
      .map((c) => `${c.coordinates.r}${c.coordinates.c}`);
    expect(suppressed.sort()).toEqual(["r0c0", "r0c1", "r1c0", "r1c1"]);
    // Margins stay published; the suppressed total value is 1 + 8 + 7 + 9.
    expect(result.suppressedValue).toBe(25);
  });

  it("reuses an existing suppression: two small cells in the same row need two complements only", async () => {
    const result = await protectTable({
      dimensions: dimensions2,
      cells: twoWay([
        [1, 2, 20],
        [30, 40, 50],
      ]),
      rules: freq3,
    });
    expect(result.counts.primary).toBe(2);
    expect(result.counts.secondary).toBe(2);
    expect(result.passed).toBe(true);
    const secondary = result.cells.filter((c) => c.status === "secondary").map((c) => c.coordinates);
    expect(secondary).toEqual([
      { r: "r1", c: "c0" },
      { r: "r1", c: "c1" },
    ]);
  });

  it("gives byte-identical results on the same input (deterministic solver, fixed order)", async () => {
    const cells = twoWay([
      [1, 2, 9, 4],
      [3, 8, 1, 7],
      [6, 5, 2, 10],
    ]);
    const first = await protectTable({ dimensions: dimensions2, cells, rules: freq3 });
    const second = await protectTable({ dimensions: dimensions2, cells, rules: freq3 });
    expect(JSON.stringify(second.cells)).toBe(JSON.stringify(first.cells));
    expect(first.passed).toBe(true);
  });

  it("masks suppressed cells with the policy's placeholder (Oraccle publishes 0)", async () => {
    const result = await protectTable({
      dimensions: dimensions2,
      cells: twoWay([
        [1, 8],
        [7, 9],
      ]),
      rules: freq3,
      maskValue: 0,
    });
    expect(result.cells.filter((c) => c.status !== "safe").every((c) => c.published === 0)).toBe(true);
    expect(
      result.cells.find((c) => c.coordinates.r === "Total" && c.coordinates.c === "Total")!.published,
    ).toBe(25);
  });

  it("never suppresses a cell marked protected and fails when no other complement exists", async () => {
    const cells: TableCell[] = [
      { coordinates: { d: "a" }, value: 2 },
      { coordinates: { d: "b" }, value: 9, manual: "protected" },
      { coordinates: { d: "Total" }, value: 11, manual: "protected" },
    ];
    const result = await protectTable({ dimensions: [{ name: "d" }], cells, rules: freq3 });
    expect(result.cells.map((c) => c.status)).toEqual(["primary", "protected", "protected"]);
    expect(result.passed).toBe(false);
    expect(result.audit.failures[0]).toMatchObject({ cell: 0, exact: true });
  });

  it("protects a hierarchical table (académies under regions) on every level of the hierarchy", async () => {
    const hierarchy = { "01": "IDF", "24": "IDF", "25": "IDF", "06": "ARA", "10": "ARA" };
    const records = [
      ...Array.from({ length: 12 }, () => ({ aca: "01", sexe: "1" })),
      ...Array.from({ length: 9 }, () => ({ aca: "01", sexe: "2" })),
      ...Array.from({ length: 2 }, () => ({ aca: "24", sexe: "1" })),
      ...Array.from({ length: 15 }, () => ({ aca: "24", sexe: "2" })),
      ...Array.from({ length: 7 }, () => ({ aca: "25", sexe: "1" })),
      ...Array.from({ length: 8 }, () => ({ aca: "25", sexe: "2" })),
      ...Array.from({ length: 30 }, () => ({ aca: "06", sexe: "1" })),
      ...Array.from({ length: 1 }, () => ({ aca: "06", sexe: "2" })),
      ...Array.from({ length: 20 }, () => ({ aca: "10", sexe: "1" })),
      ...Array.from({ length: 25 }, () => ({ aca: "10", sexe: "2" })),
    ];
    const table = aggregateTable({
      dimensions: [{ name: "aca", hierarchy }, { name: "sexe" }],
      records,
    });
    const result = await protectTable({ table, rules: freq3 });
    expect(result.counts.primary).toBe(2);
    expect(result.passed).toBe(true);
    expect(result.audit.cells.every((c) => c.max - c.min > 0.5)).toBe(true);
  });
});

describe("protectTable() on sdcTable's problemdata", () => {
  // sdcTools/sdcTable R/test_problems.R: 9 primary cells, ≥ 2 per row and column, w|b recomputable.
  // sdcTable's comment says one more suppression (x|b) would make the table safe.
  it("adds the complementary suppressions the audit needs and passes it", async () => {
    const inner: Record<string, number[]> = {
      w: [30, 47, 64, 89],
      x: [90, 124, 5, 31],
      y: [92, 100, 59, 85],
      z: [800, 991, 651, 685],
    };
    const unsafe = new Set(["w|a", "w|b", "w|c", "x|a", "x|c", "y|b", "y|d", "z|b", "z|d"]);
    const columns = ["a", "b", "c", "d"];
    const cells: TableCell[] = [];
    for (const [v1, values] of Object.entries(inner)) {
      values.forEach((value, j) => {
        const v2 = columns[j]!;
        cells.push({
          coordinates: { v1, v2 },
          value,
          ...(unsafe.has(`${v1}|${v2}`) ? { manual: "unsafe" as const } : {}),
        });
      });
      cells.push({ coordinates: { v1, v2: "tot" }, value: values.reduce((s, x) => s + x, 0) });
    }
    columns.forEach((v2, j) => {
      cells.push({
        coordinates: { v1: "tot", v2 },
        value: Object.values(inner).reduce((s, row) => s + row[j]!, 0),
      });
    });
    cells.push({ coordinates: { v1: "tot", v2: "tot" }, value: 3943 });
    const result = await protectTable({
      dimensions: [
        { name: "v1", total: "tot" },
        { name: "v2", total: "tot" },
      ],
      cells,
      rules: [],
    });
    expect(result.counts.primary).toBe(9);
    expect(result.counts.secondary).toBeGreaterThanOrEqual(1);
    expect(result.passed).toBe(true);
    const wb = result.audit.cells.find(
      (c) => result.cells[c.cell]!.coordinates.v1 === "w" && result.cells[c.cell]!.coordinates.v2 === "b",
    )!;
    expect(wb.max - wb.min).toBeGreaterThan(0);
  });
});
