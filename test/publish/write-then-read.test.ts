import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import pl from "nodejs-polars";
import { describe, expect, it } from "vitest";
import { writeDescriptor, writeResource } from "../../src/publish/data-package.js";
import { readPublishedTable } from "../../src/publish/read-published-table.js";
import { validateDataPackage } from "../../src/publish/validate-package.js";

const metadata = {
  name: "aller-retour",
  title: "Aller-retour",
  description: "Test",
  version: "1.0.0",
  created: "2026-01-01T00:00:00Z",
  keywords: [],
  temporal: { start: "2015-09-01", end: "2016-08-31" },
  sources: [{ title: "test" }],
  contributors: [{ title: "test", role: "author" }],
};

// Text as hostile as real labels: commas, quotes, new lines, accents, formula starters, quotes before them.
const hostileText = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 12 }),
  fc.constantFrom(
    "=1+1",
    "+33",
    "-x",
    "@SUM(A1)",
    "'=déjà",
    "''+",
    "a,b",
    'dit "oui"',
    "ligne\nsuivante",
    " espace ",
  ),
);

describe("writeDataPackage() then readPublishedTable()", () => {
  it("gives back exactly the values written, and the package validates", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            libelle: fc.option(hostileText, { nil: null }),
            effectif: fc.option(fc.integer({ min: -1_000_000, max: 1_000_000 }), { nil: null }),
            taux: fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }), {
              nil: null,
            }),
            diplome: fc.option(fc.boolean(), { nil: null }),
          }),
          { minLength: 1, maxLength: 15 },
        ),
        (rows) => {
          // polars reads an empty unquoted cell as missing: an empty string is published as missing.
          const normalised = rows.map((row) => ({
            ...row,
            libelle: row.libelle === "" ? null : row.libelle,
          }));
          const frame = pl.DataFrame([
            pl.Series(
              "libelle",
              normalised.map((row) => row.libelle),
              pl.Utf8,
            ),
            pl.Series(
              "effectif",
              normalised.map((row) => row.effectif),
              pl.Int64,
            ),
            pl.Series(
              "taux",
              normalised.map((row) => row.taux),
              pl.Float64,
            ),
            pl.Series(
              "diplome",
              normalised.map((row) => row.diplome),
              pl.Bool,
            ),
          ]);
          const folder = mkdtempSync(join(tmpdir(), "roundtrip-"));
          const fields = {
            libelle: { description: "texte" },
            effectif: { description: "entier" },
            taux: { description: "nombre" },
            diplome: { description: "booléen" },
          };
          const resource = writeResource(
            folder,
            { name: "table", title: "Table", description: "Test", fields },
            frame,
          );
          writeDescriptor(folder, metadata, [resource.descriptor]);
          expect(validateDataPackage(folder).problems).toEqual([]);
          const back = readPublishedTable(folder, "table");
          for (const name of frame.columns) {
            expect(back.getColumn(name).toArray(), name).toEqual(frame.getColumn(name).toArray());
          }
        },
      ),
      { numRuns: 60, seed: 20261128 },
    );
  });
});
