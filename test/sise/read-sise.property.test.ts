import fc from "fast-check";
import pl from "nodejs-polars";
import { describe, expect, it } from "vitest";
import { readSise } from "../../src/sise/read-sise.js";
import { csvText, extractFolder, inscription } from "./sise-fixture.js";

/** Corruptions that must each reject their row, with the column they damage. */
const CORRUPTIONS: [string, Record<string, string>][] = [
  ["annais", { annais: "19x5" }],
  ["rentree", { rentree: "2202" }],
  ["etabli", { etabli: "0931238S" }],
  ["id_etu", { id_etu: "a b" }],
  ["typ_dipl", { typ_dipl: "" }],
  ["annais", { annais: "2015" }],
];

describe("readSise() row accounting", () => {
  it("accepts every clean row and rejects every corrupted one, so read = accepted + rejected", () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: CORRUPTIONS.length - 1 }), { nil: undefined }), {
          minLength: 1,
          maxLength: 30,
        }),
        fc.constantFrom(",", ";"),
        (plan, delimiter) => {
          const rows = plan.map((corruption, i) =>
            inscription({
              id_etu: `id${i}`,
              ...(corruption === undefined ? {} : CORRUPTIONS[corruption]![1]),
            }),
          );
          const dir = extractFolder({ "inscri22.csv": csvText(rows, delimiter) });
          const { inscriptions, rejects, report } = readSise(dir);
          const bad = plan.flatMap((c, i) => (c === undefined ? [] : [i + 2]));
          expect(report.totals.all).toEqual({
            rowsRead: plan.length,
            rowsAccepted: plan.length - bad.length,
            rowsRejected: bad.length,
          });
          expect(inscriptions.height).toBe(plan.length - bad.length);
          const rejectedLines = [...new Set(rejects.getColumn("line").toArray() as number[])].sort(
            (a, b) => a - b,
          );
          expect(rejectedLines).toEqual(bad);
          for (const [k, c] of plan.entries()) {
            if (c === undefined) continue;
            const columns = rejects
              .filter(pl.col("line").eq(pl.lit(k + 2)))
              .getColumn("column")
              .toArray();
            expect(columns).toContain(CORRUPTIONS[c]![0]);
          }
        },
      ),
      { numRuns: 15, seed: 20221 },
    );
  });
});
