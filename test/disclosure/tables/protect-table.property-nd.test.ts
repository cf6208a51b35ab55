import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aggregateTable } from "../../../src/disclosure/tables/aggregate-table.js";
import type { TableDimension } from "../../../src/disclosure/tables/build-table.js";
import { loadHighs } from "../../../src/disclosure/tables/highs-solver.js";
import { protectTable } from "../../../src/disclosure/tables/protect-table.js";

const dimensions2: TableDimension[] = [{ name: "r" }, { name: "c" }];

describe("protectTable() property on hierarchical, magnitude and 3-D tables", () => {
  it("holds on 150 random hierarchical tables (2 regions × académies, by sexe)", async () => {
    const solver = await loadHighs();
    const hierarchy = { a1: "R1", a2: "R1", a3: "R2", a4: "R2", a5: "R2" };
    const academies = Object.keys(hierarchy);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 2, maxLength: 2 }), {
          minLength: academies.length,
          maxLength: academies.length,
        }),
        async (counts) => {
          const records = counts.flatMap((row, a) =>
            row.flatMap((n, s) =>
              Array.from({ length: n }, () => ({ aca: academies[a]!, sexe: String(s + 1) })),
            ),
          );
          if (records.length === 0) return;
          const table = aggregateTable({
            dimensions: [{ name: "aca", hierarchy }, { name: "sexe" }],
            records,
          });
          const result = await protectTable({
            table,
            rules: [{ kind: "frequency", threshold: 3, convention: "<" }],
            solver,
          });
          expect(result.passed).toBe(true);
        },
      ),
      { numRuns: 150, seed: 7 },
    );
  });
  it("holds on 200 random 2-D magnitude tables under FREQ(3) | NK(1,85) | p % (p = 10)", async () => {
    const solver = await loadHighs();
    // Each inner cell: 0–4 contributors with contributions 1–100 (aggregated by aggregateTable).
    const contributions = fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 0, maxLength: 4 });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(contributions, { minLength: 3, maxLength: 3 }), { minLength: 2, maxLength: 3 }),
        async (grid) => {
          const records = grid.flatMap((row, r) =>
            row.flatMap((cell, c) => cell.map((v) => ({ r: `r${r}`, c: `c${c}`, v }))),
          );
          if (records.length === 0) return;
          const table = aggregateTable({ dimensions: dimensions2, records, value: "v" });
          const result = await protectTable({
            table,
            rules: [
              { kind: "frequency", threshold: 3, convention: "<" },
              { kind: "dominance", n: 1, k: 85 },
              { kind: "p-percent", p: 10 },
            ],
            solver,
          });
          expect(result.passed).toBe(true);
          for (const cell of result.audit.cells) {
            expect(cell.max).toBeGreaterThanOrEqual(cell.requiredMax - 1e-6 * Math.max(1, cell.requiredMax));
          }
        },
      ),
      { numRuns: 200, seed: 42 },
    );
  });

  it("holds on 100 random 2×2×3 count tables with every margin (3-D)", async () => {
    const solver = await loadHighs();
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 12, maxLength: 12 }),
        async (counts) => {
          const records = counts.flatMap((n, i) =>
            Array.from({ length: n }, () => ({
              a: `a${i % 2}`,
              b: `b${Math.floor(i / 2) % 2}`,
              c: `c${Math.floor(i / 4)}`,
            })),
          );
          if (records.length === 0) return;
          const table = aggregateTable({
            dimensions: [{ name: "a" }, { name: "b" }, { name: "c" }],
            records,
          });
          const grandTotal = table.cells.find(
            (c) => c.coordinates.a === "Total" && c.coordinates.b === "Total" && c.coordinates.c === "Total",
          );
          expect(grandTotal!.value).toBe(records.length);
          const result = await protectTable({
            table,
            rules: [{ kind: "frequency", threshold: 3, convention: "<" }],
            solver,
          });
          expect(result.passed).toBe(true);
        },
      ),
      { numRuns: 100, seed: 3 },
    );
  });
});
