import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { TableDimension } from "../../../src/disclosure/tables/build-table.js";
import { loadHighs } from "../../../src/disclosure/tables/highs-solver.js";
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

/** A random count table: 2–4 rows × 2–4 columns, counts 0–12 (zeros are empty cells). */
const smallTable = fc
  .tuple(fc.integer({ min: 2, max: 4 }), fc.integer({ min: 2, max: 4 }))
  .chain(([rows, columns]) =>
    fc.array(fc.array(fc.integer({ min: 0, max: 12 }), { minLength: columns, maxLength: columns }), {
      minLength: rows,
      maxLength: rows,
    }),
  );

describe("protectTable() property: the LP audit never finds a cell narrower than required", () => {
  it("holds on 1,000 random 2-D count tables with totals (frequency rule < 3 and ≤ 3)", async () => {
    const solver = await loadHighs();
    let protectedCells = 0;
    await fc.assert(
      fc.asyncProperty(smallTable, fc.boolean(), async (counts, strict) => {
        const result = await protectTable({
          dimensions: dimensions2,
          cells: twoWay(counts),
          rules: [{ kind: "frequency", threshold: 3, convention: strict ? "<" : "<=" }],
          solver,
          cost: strict ? "value" : "count",
        });
        protectedCells += result.counts.primary;
        expect(result.passed).toBe(true);
        // Every suppressed cell was audited, none can be recomputed, no primary cell is published.
        expect(result.audit.cells).toHaveLength(result.counts.primary + result.counts.secondary);
        expect(result.audit.cells.every((c) => !c.exact)).toBe(true);
        expect(result.cells.every((c) => c.status !== "primary" || c.published === null)).toBe(true);
        for (const cell of result.audit.cells) {
          expect(cell.min).toBeLessThanOrEqual(cell.requiredMin + 1e-6);
          expect(cell.max).toBeGreaterThanOrEqual(cell.requiredMax - 1e-6);
        }
      }),
      { numRuns: 1000, seed: 20261128 },
    );
    // The random tables do exercise the protection.
    expect(protectedCells).toBeGreaterThan(500);
  });
});
