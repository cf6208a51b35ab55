import { readFileSync } from "node:fs";
import { join } from "node:path";
import pl from "nodejs-polars";
import { describe, expect, it } from "vitest";
import { InputError } from "../../../src/core/errors.js";
import { readBpbac } from "../../../src/sise/bpbac/read-bpbac.js";
import { uaiCheckLetter } from "../../../src/sise/uai.js";
import { csvText, extractFolder } from "../sise-fixture.js";

const LYCEE = `0750001${uaiCheckLetter("0750001").toUpperCase()}`;

/** A valid BPBAC row as raw strings; override what a test needs. */
function bpbacRow(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    rentree: "2022",
    id_etu: "a1b2c3d4",
    etabli: LYCEE,
    formation: "32031213",
    lib_formation: "BTS Management commercial opérationnel",
    type_classe: "STS",
    niveau: "01",
    statut: "E",
    resdip: "",
    ...overrides,
  };
}

function latin1(text: string): Uint8Array {
  return Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
}

describe("readBpbac()", () => {
  it("reads a Latin-1 ';' CSV and a UTF-8 one, with the data-model columns and types", () => {
    const dir = extractFolder({
      "bpbac22.csv": latin1(csvText([bpbacRow(), bpbacRow({ id_etu: "e5f6", statut: "A" })], ";")),
      "BPBAC23.CSV": csvText([bpbacRow({ rentree: "2023", niveau: "02", resdip: "O" })]),
      "notes.txt": "not a BPBAC file",
    });
    const { enrolments, report } = readBpbac(dir);
    expect(report.files.map((f) => [f.file, f.encoding, f.delimiter, f.rowsRead])).toEqual([
      ["bpbac22.csv", "windows-1252", ";", 2],
      ["BPBAC23.CSV", "utf-8", ",", 1],
    ]);
    expect(report.ignoredFiles).toEqual(["notes.txt"]);
    expect(report.totals).toEqual({ rowsRead: 3, rowsAccepted: 3, rowsRejected: 0 });
    expect(report.ok).toBe(true);
    expect(enrolments.columns).toEqual([
      "rentree",
      "id_etu",
      "etabli",
      "formation",
      "lib_formation",
      "type_classe",
      "niveau",
      "statut",
      "resdip",
    ]);
    expect(enrolments.getColumn("rentree").dtype).toEqual(pl.Int32);
    expect(enrolments.getColumn("lib_formation").toArray()[0]).toBe("BTS Management commercial opérationnel");
    expect(enrolments.getColumn("resdip").toArray()).toEqual([null, null, "O"]);
  });

  it("rejects each bad row with its file, line, column and reason, and accounts for every row", () => {
    const rows = [
      bpbacRow({ id_etu: "ok1" }), // line 2
      bpbacRow({ id_etu: "bad-type", type_classe: "BTSX" }), // line 3: unknown class type
      bpbacRow({ id_etu: "bad-uai", etabli: "0750001A" }), // line 4: wrong check letter
      bpbacRow({ id_etu: "", formation: "32031214" }), // line 5: missing id
      bpbacRow({ id_etu: "bad-year", rentree: "20x2" }), // line 6: not an integer
      bpbacRow({ id_etu: "ok2", statut: "Z" }), // line 7: unknown statut, kept (warning)
      bpbacRow({ id_etu: "has space" }), // line 8: id with a space
    ];
    const dir = extractFolder({ "bpbac22.csv": csvText(rows) });
    const rejectsFile = join(dir, "rejets.csv");
    const { enrolments, rejects, report } = readBpbac(dir, { rejectsFile });
    expect(report.totals).toEqual({ rowsRead: 7, rowsAccepted: 2, rowsRejected: 5 });
    expect(enrolments.getColumn("id_etu").toArray()).toEqual(["ok1", "ok2"]);
    const located = rejects
      .select("line", "column", "reason")
      .sort("line")
      .toRecords()
      .map((r) => `${r.line} ${r.column} ${r.reason}`);
    expect(located).toEqual([
      "3 type_classe unknown-class-type",
      "4 etabli invalid-uai",
      "5 id_etu missing-value",
      "6 rentree not-an-integer",
      "8 id_etu id-with-spaces",
    ]);
    expect(
      rejects
        .getColumn("file")
        .toArray()
        .every((f) => f === join(dir, "bpbac22.csv")),
    ).toBe(true);
    expect(rejects.filter(pl.col("line").eq(3)).getColumn("value").toArray()).toEqual(["BTSX"]);
    expect(report.unknownCodes).toEqual([
      expect.objectContaining({ column: "statut", code: "Z", count: 1, codeList: "statut_bpbac" }),
    ]);
    expect(readFileSync(rejectsFile, "utf8").split("\n")[0]).toBe("file,line,column,value,reason,message");
    expect(report.ok).toBe(false);
  });

  it("reports duplicates across files and rows whose rentrée is not the file's, keeping them", () => {
    const dir = extractFolder({
      "bpbac22.csv": csvText([bpbacRow(), bpbacRow(), bpbacRow({ id_etu: "late", rentree: "2023" })]),
    });
    const { report } = readBpbac(dir);
    expect(report.totals).toEqual({ rowsRead: 3, rowsAccepted: 3, rowsRejected: 0 });
    const issue = (code: string) => report.issues.find((i) => i.code === code);
    expect(issue("duplicate-enrolment")?.count).toBe(2);
    expect(issue("rentree-not-file-year")?.examples[0]).toMatchObject({ line: 4, column: "rentree" });
  });

  it("refuses a file without a required column, naming the file, line 1 and the column", () => {
    const row = bpbacRow();
    const header = Object.keys(row).filter((c) => c !== "type_classe");
    const dir = extractFolder({ "bpbac22.csv": csvText([row], ",", header) });
    expect(() => readBpbac(dir)).toThrow(InputError);
    expect(() => readBpbac(dir)).toThrow(
      /bpbac22\.csv:1, colonne « type_classe » : colonne obligatoire manquante/,
    );
  });

  it("refuses a folder without BPBAC files and two files for one rentrée", () => {
    expect(() => readBpbac(extractFolder({ "inscri22.csv": "x" }))).toThrow(/aucun fichier BPBAC trouvé/);
    const both = extractFolder({ "bpbac22.csv": csvText([bpbacRow()]), "bpbac22.parquet": "x" });
    expect(() => readBpbac(both)).toThrow(/deux fichiers contiennent la même rentrée/);
  });

  it("reads Parquet files with the same checks, lines being row numbers", () => {
    const dir = extractFolder({});
    pl.DataFrame({
      rentree: [2022, 2022],
      id_etu: ["p1", "p2"],
      etabli: [LYCEE, LYCEE],
      formation: ["30000001", "30000001"],
      type_classe: ["CPGE", "PREPA"],
      niveau: ["01", "01"],
    }).writeParquet(join(dir, "bpbac22.parquet"));
    const { enrolments, rejects, report } = readBpbac(dir);
    expect(report.totals).toEqual({ rowsRead: 2, rowsAccepted: 1, rowsRejected: 1 });
    expect(enrolments.getColumn("statut").toArray()).toEqual([null]);
    expect(rejects.select("line", "reason").toRecords()).toEqual([{ line: 2, reason: "unknown-class-type" }]);
    expect(report.notices.map((n) => n.code)).toContain("missing-optional-columns");
  });
});
