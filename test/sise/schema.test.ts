import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import pl from "nodejs-polars";
import { describe, expect, it } from "vitest";
import { SISE_CODE_LISTS } from "../../src/sise/code-lists.js";
import { INSCRIPTION_COLUMNS, polarsDtype, RESULTAT_COLUMNS } from "../../src/sise/schema.js";

/** Reads `| \`col\` | Type | …` rows of one section of docs/data-model.md, expanding `a`, `b` cells. */
function documentedColumns(section: string): [string, string][] {
  const doc = readFileSync(fileURLToPath(new URL("../../docs/data-model.md", import.meta.url)), "utf8");
  const start = doc.indexOf(`## ${section}`);
  const end = doc.indexOf("\n## ", start + 3);
  const rows: [string, string][] = [];
  for (const line of doc.slice(start, end === -1 ? undefined : end).split("\n")) {
    const cells = line.split("|").map((c) => c.trim());
    if (cells.length < 4 || !cells[1]?.startsWith("`")) continue;
    for (const name of cells[1].matchAll(/`([a-z_0-9]+)`/g)) rows.push([name[1]!, cells[2]!]);
  }
  return rows;
}

describe("SISE schema", () => {
  it("INSCRIPTION_COLUMNS lists exactly the inscriptions columns and types of docs/data-model.md, in order", () => {
    const documented = documentedColumns("Inscriptions");
    expect(documented.length).toBeGreaterThan(20);
    expect(INSCRIPTION_COLUMNS.map((c) => [c.name, c.dtype])).toEqual(documented);
  });

  it("RESULTAT_COLUMNS lists exactly the résultats columns and types of docs/data-model.md", () => {
    expect(RESULTAT_COLUMNS.map((c) => [c.name, c.dtype])).toEqual(documentedColumns("Résultats"));
  });

  it("refers only to existing code lists and gives every column a label", () => {
    for (const spec of [...INSCRIPTION_COLUMNS, ...RESULTAT_COLUMNS]) {
      if (spec.codes !== undefined) expect(Object.hasOwn(SISE_CODE_LISTS, spec.codes)).toBe(true);
      expect(spec.label.length, spec.name).toBeGreaterThan(2);
    }
    expect(polarsDtype(INSCRIPTION_COLUMNS[0]!)).toEqual(pl.Int32);
  });
});
