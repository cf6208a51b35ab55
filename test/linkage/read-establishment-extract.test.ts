import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/core/errors.js";
import { readEstablishmentExtract } from "../../src/linkage/read-establishment-extract.js";

const HEADER =
  "num_etu,ine,annee,etape,lib_etape,diplom,niveau,resultat_s1,resultat_s2,resultat_annee,date_inscription,date_abandon";

function files(extract: string[], correspondence?: string[]) {
  const dir = mkdtempSync(join(tmpdir(), "oraccle-etab-"));
  const file = join(dir, "extrait.csv");
  writeFileSync(file, `${extract.join("\n")}\n`);
  if (correspondence === undefined) return { file };
  const table = join(dir, "etapes.csv");
  writeFileSync(table, `${correspondence.join("\n")}\n`);
  return { file, table };
}

describe("readEstablishmentExtract(file, options)", () => {
  it("rejects a malformed INE, an unreadable date and a step missing from the correspondence table, each located", () => {
    const { file, table } = files(
      [
        HEADER,
        "100,0123456789A,2021,L1DROI,Licence droit 1,,,ADM,ADM,ADM,2021-09-03,", // line 2: diplom from the table
        "101,12345,2021,L1DROI,Licence droit 1,,,,,,,", // line 3: INE of 5 characters
        "102,0123456789B,2021,L1DROI,Licence droit 1,,,,,,31/02-2022,", // line 4: bad date
        "103,0123456789C,2022,L9XXXX,Inconnue,,,,,,,", // line 5: gap in the table
        "104,0123456789D,2022,L2DROI,Licence droit 2,2510001,02,XYZ,,,15/09/2022,", // line 6: unknown result, kept
      ],
      ["etape,diplom,niveau", "L1DROI,2510001,01"],
    );
    const { enrolments, rejects, report } = readEstablishmentExtract(file, { correspondence: table });
    expect(report.totals).toEqual({ rowsRead: 5, rowsAccepted: 2, rowsRejected: 3 });
    expect(report.ok).toBe(false);
    const located = rejects.select("line", "column", "value", "reason").toRecords();
    expect(located).toEqual([
      { line: 3, column: "ine", value: "12345", reason: "ine-malformed" },
      { line: 4, column: "date_inscription", value: "31/02-2022", reason: "bad-date" },
      { line: 5, column: "etape", value: "L9XXXX", reason: "step-without-diploma" },
    ]);
    expect(rejects.getColumn("file").toArray()).toEqual([file, file, file]);
    const warning = report.issues.find((i) => i.code === "unknown-result")!;
    expect(warning.examples).toEqual([{ file, line: 6, column: "resultat_s1", value: "XYZ" }]);
    // Diploma and year completed from the table; dates rewritten as AAAA-MM-JJ.
    expect(enrolments.select("ligne", "diplom", "niveau", "date_inscription").toRecords()).toEqual([
      { ligne: 2, diplom: "2510001", niveau: "01", date_inscription: "2021-09-03" },
      { ligne: 6, diplom: "2510001", niveau: "02", date_inscription: "2022-09-15" },
    ]);
  });

  it("rejects every row of a step listed twice in the correspondence table and counts them", () => {
    const { file, table } = files(
      [HEADER, "100,0123456789A,2021,L1DROI,,,,,,,,"],
      ["etape,diplom,niveau", "L1DROI,2510001,01", "L1DROI,2510002,01", "L2DROI,2510001,02"],
    );
    const { report, rejects } = readEstablishmentExtract(file, { correspondence: table });
    expect(report.correspondence?.totals).toEqual({ rowsRead: 3, rowsAccepted: 1, rowsRejected: 2 });
    const duplicates = rejects.toRecords().filter((r) => r.reason === "duplicate-step");
    expect(duplicates.map((r) => r.line)).toEqual([2, 3]);
    // Its step no longer has a diploma: the extract row is rejected too, not guessed.
    expect(report.totals).toEqual({ rowsRead: 1, rowsAccepted: 0, rowsRejected: 1 });
  });

  it("refuses a file without a required column, naming the file, line 1 and the column", () => {
    const { file } = files(["num_etu,annee,etape", "100,2021,L1DROI"]);
    expect(() => readEstablishmentExtract(file)).toThrow(InputError);
    try {
      readEstablishmentExtract(file);
    } catch (error) {
      expect((error as InputError).location).toEqual({ file, line: 1, column: "ine" });
      expect((error as InputError).exitCode).toBe(3);
    }
  });

  it("rejects a row with no diploma when no correspondence table is given", () => {
    const { file } = files([
      HEADER,
      "100,0123456789A,2021,L1DROI,,,,,,,,",
      "101,0123456789B,2021,L1DROI,,2510001,01,,,,,",
    ]);
    const { report, rejects } = readEstablishmentExtract(file);
    expect(report.totals).toEqual({ rowsRead: 2, rowsAccepted: 1, rowsRejected: 1 });
    expect(rejects.select("line", "reason").toRecords()).toEqual([
      { line: 2, reason: "step-without-diploma" },
    ]);
  });
});
