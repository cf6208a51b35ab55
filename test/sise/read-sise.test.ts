import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pl from "nodejs-polars";
import { describe, expect, it } from "vitest";
import { readSise, readSiseAsync } from "../../src/sise/read-sise.js";
import { INSCRIPTION_COLUMNS, RESULTAT_COLUMNS } from "../../src/sise/schema.js";
import { csvText, extractFolder, inscription, resultat } from "./sise-fixture.js";

/** Encodes text as Windows-1252 / Latin-1 bytes (every character used here is in Latin-1). */
function latin1(text: string): Uint8Array {
  return Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
}

describe("readSise()", () => {
  it("reads a Latin-1 ';' CSV with upper-case headers and decimal commas", () => {
    const rows = [
      { ...inscription({ id_etu: "élève01" }), ects: "12,5", commentaire: "réorienté" },
      { ...inscription({ id_etu: "élève02", annais: "2003,0" }), ects: "60", commentaire: "à suivre" },
    ];
    const columns = Object.keys(rows[0]!);
    const text = csvText(rows, ";", columns).replace(/^[^\n]*/, (h) => h.toUpperCase());
    const dir = extractFolder({ "inscri22.csv": latin1(text) });
    const { inscriptions, report } = readSise(dir);
    expect(report.files[0]).toMatchObject({
      encoding: "windows-1252",
      delimiter: ";",
      rowsRead: 2,
      rowsAccepted: 2,
    });
    expect(report.notices.find((n) => n.code === "encoding-fallback")?.message).toMatch(/0xE9 ligne 2/);
    expect(inscriptions.getColumn("id_etu").toArray()).toEqual(["élève01", "élève02"]);
    expect(inscriptions.getColumn("annais").toArray()).toEqual([2004, 2003]);
    expect(inscriptions.getColumn("annais").dtype).toEqual(pl.Int32);
    expect(inscriptions.getColumn("ects").toArray()).toEqual([12.5, 60]);
    expect(inscriptions.getColumn("commentaire").toArray()).toEqual(["réorienté", "à suivre"]);
    expect(inscriptions.columns.slice(-2)).toEqual(["ects", "commentaire"]);
  });

  it("reads a UTF-8 CSV with BOM and returns the data-model columns in order", () => {
    const text = `\uFEFF${csvText([inscription({ id_etu: "zoé" }), inscription({ id_etu: "ana", sexe: "1" })])}`;
    const dir = extractFolder({
      "inscri22.csv": text,
      "result22.csv": csvText([resultat({ id_etu: "zoé" })]),
    });
    const { inscriptions, resultats, report } = readSise(dir);
    expect(report.files.map((f) => [f.file, f.encoding, f.bom])).toEqual([
      ["inscri22.csv", "utf-8", true],
      ["result22.csv", "utf-8", false],
    ]);
    expect(inscriptions.columns[0]).toBe("rentree");
    expect(inscriptions.getColumn("id_etu").toArray()).toEqual(["zoé", "ana"]);
    expect(inscriptions.getColumn("rentree").dtype).toEqual(pl.Int32);
    expect(resultats.getColumn("session").toArray()).toEqual([2023]);
    expect(report.totals.all).toEqual({ rowsRead: 3, rowsAccepted: 3, rowsRejected: 0 });
    expect(report.ok).toBe(true);
    expect(report.issues).toEqual([]);
  });

  it("returns text codes as Categorical with `compact`, the same values and the same report", () => {
    const dir = extractFolder({
      "inscri22.csv": csvText([
        { ...inscription({ id_etu: "e1" }), commentaire: "libre" },
        { ...inscription({ id_etu: "e2", sexe: "1", annais: "1890" }), commentaire: "x" },
      ]),
      "result22.csv": csvText([resultat({ id_etu: "e1" }), resultat({ id_etu: "e9" })]),
    });
    const text = readSise(dir);
    const compact = readSise(dir, { compact: true });
    expect(compact.inscriptions.getColumn("id_etu").dtype).toEqual(pl.Categorical);
    expect(compact.inscriptions.getColumn("typ_dipl").dtype).toEqual(pl.Categorical);
    expect(compact.inscriptions.getColumn("rentree").dtype).toEqual(pl.Int32);
    expect(compact.inscriptions.getColumn("commentaire").dtype.variant).toBe("String");
    const asText = (frame: pl.DataFrame) => frame.select(pl.all().cast(pl.Utf8)).toRecords();
    expect(asText(compact.inscriptions)).toEqual(asText(text.inscriptions));
    expect(asText(compact.resultats)).toEqual(asText(text.resultats));
    expect(compact.report).toEqual(text.report);
    expect(compact.report.totals.inscriptions).toEqual({ rowsRead: 2, rowsAccepted: 1, rowsRejected: 1 });
    expect(compact.report.issues.map((issue) => issue.code)).toContain("result-without-enrolment");
  });

  it("returns only the asked columns with `columns`, every column still validated", () => {
    const dir = extractFolder({
      "inscri22.csv": csvText([
        { ...inscription({ id_etu: "e1" }), ects: "1,5" },
        { ...inscription({ id_etu: "e2", sexe: "7" }), ects: "2" },
        { ...inscription({ id_etu: "e3", nation: "=cmd" }), ects: "3" },
      ]),
      "result22.csv": csvText([resultat({ id_etu: "e1" })]),
    });
    const all = readSise(dir);
    const narrow = readSise(dir, { columns: ["id_etu", "rentree", "ects", "resdip"] });
    expect(narrow.inscriptions.columns).toEqual(["rentree", "id_etu", "ects"]);
    expect(narrow.resultats.columns).toEqual(["rentree", "id_etu", "resdip"]);
    expect(narrow.inscriptions.getColumn("ects").toArray()).toEqual(
      all.inscriptions.getColumn("ects").toArray(),
    );
    expect(narrow.report).toEqual(all.report);
    expect(narrow.report.issues.map((issue) => issue.column)).toEqual(
      expect.arrayContaining(["sexe", "nation"]),
    );
  });

  it("readSiseAsync() gives the same extract as readSise()", async () => {
    const dir = extractFolder({
      "inscri22.csv": csvText([inscription({ id_etu: "e1" }), inscription({ id_etu: "e2", annais: "1890" })]),
      "result22.csv": csvText([resultat({ id_etu: "e1" })]),
    });
    const sync = readSise(dir, { compact: true });
    const async = await readSiseAsync(dir, { compact: true });
    expect(async.report).toEqual(sync.report);
    expect(async.inscriptions.toRecords()).toEqual(sync.inscriptions.toRecords());
    expect(async.resultats.toRecords()).toEqual(sync.resultats.toRecords());
    expect(async.rejects.toRecords()).toEqual(sync.rejects.toRecords());
    expect(async.rejects.getColumn("line").toArray()).toEqual([3, 3]);
  });

  it("reads Parquet files and writes rejected rows with file, line, column, value and reason", () => {
    const good = pl.DataFrame([inscription(), inscription({ id_etu: "x2", annais: "19x5" })]);
    const dir = extractFolder({});
    good.writeParquet(join(dir, "inscri22.parquet"));
    const rejectsFile = join(dir, "rejects.csv");
    const { inscriptions, report } = readSise(dir, { rejectsFile });
    expect(inscriptions.height).toBe(1);
    expect(report.totals.all).toEqual({ rowsRead: 2, rowsAccepted: 1, rowsRejected: 1 });
    const rejects = readFileSync(rejectsFile, "utf8").trim().split("\n");
    expect(rejects[0]).toBe("file,line,column,value,reason,message");
    expect(rejects[1]).toContain(`${join(dir, "inscri22.parquet")},2,annais,19x5,not-an-integer,`);
  });

  const embedded = fileURLToPath(new URL("../../data/sise", import.meta.url));
  it.skipIf(!existsSync(embedded))(
    "reads the embedded synthetic extract with every row accepted and the data-model types",
    () => {
      const { inscriptions, resultats, report } = readSise(embedded);
      expect(report.files).toHaveLength(20);
      expect(report.totals.all.rowsRejected).toBe(0);
      expect(report.totals.all.rowsRead).toBe(inscriptions.height + resultats.height);
      expect(inscriptions.columns).toEqual(INSCRIPTION_COLUMNS.map((c) => c.name));
      expect(resultats.columns).toEqual(RESULTAT_COLUMNS.map((c) => c.name));
      for (const spec of INSCRIPTION_COLUMNS) {
        expect(inscriptions.getColumn(spec.name).dtype.variant, spec.name).toBe(
          spec.dtype === "Int32" ? "Int32" : "String",
        );
      }
      expect(report.issues.filter((i) => i.code === "result-without-enrolment")).toEqual([]);
    },
  );
});
