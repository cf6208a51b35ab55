import pl from "nodejs-polars";
import { describe, expect, it } from "vitest";
import { cellKey, recordKeys } from "../../../src/disclosure/tables/cell-key.js";
import { perturbCounts } from "../../../src/disclosure/tables/perturb-counts.js";
import { perturbationTable, perturbCount } from "../../../src/disclosure/tables/perturbation-table.js";

describe("perturbCounts()", () => {
  it("perturbCounts() gives each cell the key of its records' keys and the table's value for it", () => {
    const ids = Array.from({ length: 300 }, (_, i) => `s${i}`);
    const records = pl.DataFrame({ id: ids, g: ids.map((_, i) => `g${i % 7}`) });
    const table = perturbationTable();
    const secret = "perturb-counts-test-secret-0123456789";
    const out = perturbCounts(records, { groupBy: ["g"], id: "id", secret, table });
    const keys = recordKeys(ids, secret);
    for (const row of out.toRecords() as {
      g: string;
      effectif: number;
      effectif_publie: number;
      cle_cellule: number;
    }[]) {
      const members = ids.flatMap((_, i) => (`g${i % 7}` === row.g ? [keys[i]!] : []));
      expect(row.effectif).toBe(members.length);
      expect(row.cle_cellule).toBe(cellKey(members));
      expect(row.effectif_publie).toBe(perturbCount(table, members.length, cellKey(members)));
    }
  });
});
