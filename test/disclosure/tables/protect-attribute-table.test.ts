import fc from "fast-check";
import pl from "nodejs-polars";
import { describe, expect, it } from "vitest";
import { protectAttributeTable } from "../../../src/disclosure/tables/protect-attribute-table.js";

const students = (rows: [number, string | null][]) =>
  pl.DataFrame([
    pl.Series(
      "cohorteid",
      rows.map(([id]) => id),
      pl.Int64,
    ),
    pl.Series(
      "sexe",
      rows.map(([, sexe]) => sexe),
      pl.Utf8,
    ),
  ]);
const repeat = (cohort: number, sexe: string | null, n: number): [number, string | null][] =>
  Array.from({ length: n }, () => [cohort, sexe]);

describe("protectAttributeTable()", () => {
  it("erases the other row too when one rare value could be recomputed from the cohort total", () => {
    const table = protectAttributeTable({
      records: students([...repeat(1, "1", 6), ...repeat(1, "2", 1)]),
      attribute: "sexe",
      k: 5,
    });
    expect(table.toRecords()).toEqual([{ cohorteid: 1, sexe: null, effectif: 7 }]);
  });

  it("keeps values with at least k students and erases nothing else", () => {
    const table = protectAttributeTable({
      records: students([...repeat(2, "1", 20), ...repeat(2, "2", 5)]),
      attribute: "sexe",
      k: 5,
    });
    expect(table.toRecords()).toEqual([
      { cohorteid: 2, sexe: "1", effectif: 20 },
      { cohorteid: 2, sexe: "2", effectif: 5 },
    ]);
  });

  it("publishes a cohort below k as one masked row", () => {
    const table = protectAttributeTable({
      records: students([...repeat(3, "1", 2), ...repeat(3, "2", 1)]),
      attribute: "sexe",
      k: 5,
    });
    expect(table.toRecords()).toEqual([{ cohorteid: 3, sexe: null, effectif: 0 }]);
  });

  it("never leaves an erased row of 1 to k − 1 students in a cohort of at least k, and loses no student", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 4 }), fc.constantFrom("1", "2", "9", null)), {
          maxLength: 80,
        }),
        fc.integer({ min: 2, max: 6 }),
        (rows, k) => {
          const table = protectAttributeTable({ records: students(rows), attribute: "sexe", k });
          for (const cohort of new Set(rows.map(([id]) => id))) {
            const size = rows.filter(([id]) => id === cohort).length;
            const part = (
              table.toRecords() as { cohorteid: number; sexe: string | null; effectif: number }[]
            ).filter((row) => Number(row.cohorteid) === cohort);
            const published = part.reduce((sum, row) => sum + Number(row.effectif), 0);
            if (size >= k) {
              expect(published).toBe(size);
              for (const row of part) expect(Number(row.effectif)).toBeGreaterThanOrEqual(k);
            } else {
              expect(part).toEqual([{ cohorteid: cohort, sexe: null, effectif: 0 }]);
            }
          }
        },
      ),
      { numRuns: 200, seed: 7 },
    );
  });
});
