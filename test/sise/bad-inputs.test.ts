import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pl from "nodejs-polars";
import { describe, expect, it } from "vitest";
import type { CommandIO } from "../../src/cli/command.js";
import { runCli } from "../../src/cli/run-cli.js";
import { ExitCode } from "../../src/core/errors.js";
import { csvText, extractFolder, inscription, resultat } from "./sise-fixture.js";

/**
 * Bad-input catalogue of the SISE reader: every case runs
 * `oraccle validate` in-process and checks the exit code, that the message names the file, line,
 * column and value and says what to do, and the exact row accounting. In `expected`, `@/` stands
 * for the input folder.
 */
interface BadInputCase {
  title: string;
  /** Files of the input folder; a function may write binary or Parquet files itself. */
  files: Record<string, string | Uint8Array> | ((dir: string) => void);
  args?: string[];
  exit: number;
  /** Substrings of stdout + stderr. */
  expected: string[];
  /** [rows read, accepted, rejected] of the JSON report; absent when the input cannot be read at all. */
  totals?: [number, number, number];
  /** Substrings of the rejects file. */
  rejects?: string[];
}

const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
const header = Object.keys(inscription());
const row = (o: Record<string, string> = {}) => header.map((c) => inscription(o)[c]).join(",");
const parquet = (name: string, rows: Record<string, unknown>[]) => (dir: string) =>
  pl.DataFrame(rows).writeParquet(join(dir, name));

const cases: BadInputCase[] = [
  {
    title: "a tab-separated file is refused, naming the header line",
    files: { "inscri22.csv": csvText([inscription()], "\t") },
    exit: ExitCode.input,
    expected: [
      "@/inscri22.csv:1, valeur « rentree\\x09id_etu",
      "separated by tabs",
      "save the file with ',' or ';'",
    ],
  },
  {
    title: "a '|'-separated file is refused",
    files: { "inscri22.csv": csvText([inscription()], "|") },
    exit: ExitCode.input,
    expected: [
      "@/inscri22.csv:1, valeur « rentree|id_etu",
      "separated by '|'",
      "save the file with ',' or ';'",
    ],
  },
  {
    title: "a header holding both ',' and ';' without telling which is refused as ambiguous",
    files: { "inscri22.csv": "a,b;c\n1,2;3\n" },
    exit: ExitCode.input,
    expected: ["@/inscri22.csv:1, valeur « a,b;c » : ambiguous delimiter", "save the file with ',' or ';'"],
  },
  {
    title: "a Latin-1 file is read as Windows-1252 with a notice naming the first non-UTF-8 byte",
    files: { "inscri22.csv": latin1(csvText([inscription({ id_etu: "zoé" })], ";")) },
    exit: ExitCode.ok,
    expected: [
      "csv ';' windows-1252",
      "not valid UTF-8 (first invalid byte 0xE9 on line 2): read as Windows-1252",
    ],
    totals: [1, 1, 0],
  },
  {
    title: "a Latin-1 file read with --encoding utf8 is refused, naming line, bytes and what to do",
    files: { "inscri22.csv": latin1(csvText([inscription(), inscription({ id_etu: "zoé" })], ";")) },
    args: ["--encoding", "utf8"],
    exit: ExitCode.input,
    expected: [
      "@/inscri22.csv:3, valeur « 2022;zo",
      "byte 0xE9 is not valid UTF-8",
      "export the file again as UTF-8",
    ],
  },
  {
    title: "invalid UTF-8 bytes in a UTF-8 file fall back to Windows-1252 with the line named",
    files: {
      "inscri22.csv": Buffer.concat([
        Buffer.from(csvText([inscription({ id_etu: "élève" }), inscription({ id_etu: "x1" })])),
        Buffer.from([0x32, 0x30, 0x32, 0x32, 0x2c, 0xff, 0x0a]),
      ]),
    },
    exit: ExitCode.checkFailed,
    expected: ["first invalid byte 0xFF on line 4", "@/inscri22.csv:4", "wrong-field-count"],
    totals: [3, 2, 1],
  },
  {
    title: "a UTF-8 file with BOM is read, the BOM noted and skipped",
    files: { "inscri22.csv": `\uFEFF${csvText([inscription()])}` },
    exit: ExitCode.ok,
    expected: ["csv ',' utf-8 with BOM", "byte-order mark found and skipped"],
    totals: [1, 1, 0],
  },
  {
    title: "an empty file is refused",
    files: { "inscri22.csv": "" },
    exit: ExitCode.input,
    expected: [
      "@/inscri22.csv : the file is empty (0 bytes): there is no header line",
      "export the file again",
    ],
  },
  {
    title: "a file holding only a BOM and blank lines is refused as empty",
    files: { "inscri22.csv": "\uFEFF\n\n" },
    exit: ExitCode.input,
    expected: ["@/inscri22.csv : the file is empty (5 bytes)"],
  },
  {
    title: "a header-only file is read as zero rows with a notice",
    files: { "inscri22.csv": `${header.join(";")}\n` },
    exit: ExitCode.ok,
    expected: ["@/inscri22.csv: the file has a header but no rows"],
    totals: [0, 0, 0],
  },
  {
    title: "a missing required column is refused, naming file and column and listing the header",
    files: {
      "inscri22.csv": csvText(
        [inscription()],
        ",",
        header.filter((c) => c !== "annais"),
      ),
    },
    exit: ExitCode.input,
    expected: [
      "@/inscri22.csv:1, colonne « annais » : required column missing: annais",
      "add it to the file",
    ],
  },
  {
    title: "a column named twice (in any case) is refused",
    files: { "inscri22.csv": `${header.join(",")},SEXE\n${row()},1\n` },
    exit: ExitCode.input,
    expected: [
      "@/inscri22.csv:1, colonne « sexe » : the column name appears twice in the header (columns 6 and 29",
      "rename",
    ],
  },
  {
    title: "a header cell without a name is refused",
    files: { "inscri22.csv": `${header.join(",")},\n${row()},\n` },
    exit: ExitCode.input,
    expected: ["@/inscri22.csv:1", "column 29 of the header has no name", "remove the trailing delimiter"],
  },
  {
    title: "a birth year that is not a number rejects the row, naming line, column and value",
    files: { "inscri22.csv": csvText([inscription(), inscription({ id_etu: "x2", annais: "19x5" })]) },
    exit: ExitCode.checkFailed,
    expected: [
      "@/inscri22.csv:3, colonne « annais », valeur « 19x5 » : not a whole number",
      "write the value as digits",
    ],
    totals: [2, 1, 1],
    rejects: ["@/inscri22.csv,3,annais,19x5,not-an-integer,"],
  },
  {
    title: "a rentrée out of range rejects the row",
    files: { "inscri22.csv": csvText([inscription({ rentree: "2202" })]) },
    exit: ExitCode.checkFailed,
    expected: [
      "@/inscri22.csv:2, colonne « rentree », valeur « 2202 » : rentree (Rentrée) outside the plausible range 1990–2040",
      "a typo in the year?",
    ],
    totals: [1, 0, 1],
    rejects: ["@/inscri22.csv,2,rentree,2202,out-of-range,"],
  },
  {
    title: "an age at the rentrée below 14 rejects the row",
    files: { "inscri22.csv": csvText([inscription({ annais: "2015" })]) },
    exit: ExitCode.checkFailed,
    expected: [
      "@/inscri22.csv:2, colonne « annais », valeur « 2015 » : age at the rentrée (rentree − annais) outside 14–99",
      "correct the birth year",
    ],
    totals: [1, 0, 1],
  },
  {
    title: "a missing required value rejects the row",
    files: { "inscri22.csv": csvText([inscription({ id_etu: "" }), inscription()]) },
    exit: ExitCode.checkFailed,
    expected: [
      "@/inscri22.csv:2, colonne « id_etu » : missing value in the required column id_etu",
      "fill in the value",
    ],
    totals: [2, 1, 1],
    rejects: ["@/inscri22.csv,2,id_etu,,missing-value,"],
  },
  {
    title: "a SAS '.' in a required integer column rejects the row as a missing value",
    files: { "inscri22.csv": csvText([inscription({ annais: "." })]) },
    exit: ExitCode.checkFailed,
    expected: [
      "@/inscri22.csv:2, colonne « annais », valeur « . » : missing value in the required column annais",
    ],
    totals: [1, 0, 1],
  },
  {
    title: "a SAS '.' in an optional integer column is a missing value, not an error",
    files: {
      "inscri22.csv": csvText([inscription()]),
      "result22.csv": csvText([resultat({ session: "." })]),
    },
    exit: ExitCode.ok,
    expected: ["Résultats:    read 1 = accepted 1 + rejected 0"],
    totals: [2, 2, 0],
  },
  {
    title: "an unknown code is kept and reported with its count",
    files: { "inscri22.csv": csvText([inscription({ sexe: "3" }), inscription({ id_etu: "b", sexe: "3" })]) },
    exit: ExitCode.ok,
    expected: [
      "@/inscri22.csv:2, colonne « sexe », valeur « 3 » : unknown code for sexe",
      "sexe '3': 2",
      "expected one of: 1 Homme, 2 Femme",
      "--strict-codes",
    ],
    totals: [2, 2, 0],
  },
  {
    title: "an unknown code rejects the row with --strict-codes",
    files: { "inscri22.csv": csvText([inscription({ typ_dipl: "ZZ" }), inscription({ id_etu: "b" })]) },
    args: ["--strict-codes"],
    exit: ExitCode.checkFailed,
    expected: [
      "@/inscri22.csv:2, colonne « typ_dipl », valeur « ZZ » : unknown code for typ_dipl",
      "drop --strict-codes",
    ],
    totals: [2, 1, 1],
    rejects: ["@/inscri22.csv,2,typ_dipl,ZZ,unknown-code,"],
  },
  {
    title: "a wrong UAI check letter rejects the row",
    files: { "inscri22.csv": csvText([inscription({ etabli: "0931238S" })]) },
    exit: ExitCode.checkFailed,
    expected: [
      "@/inscri22.csv:2, colonne « etabli », valeur « 0931238S » : not a valid UAI",
      "the letter is computed from the digits",
    ],
    totals: [1, 0, 1],
  },
  {
    title: "a truncated Parquet file is refused, naming the file",
    files: (dir) => {
      parquet("inscri22.parquet", [inscription()])(dir);
      const bytes = readFileSync(join(dir, "inscri22.parquet"));
      writeFileSync(join(dir, "inscri22.parquet"), bytes.subarray(0, bytes.length - 20));
    },
    exit: ExitCode.input,
    expected: [
      "@/inscri22.parquet : cannot read the Parquet file",
      "truncated, corrupt or not Parquet: copy or export it again",
    ],
  },
  {
    title: "a file named .parquet that is not Parquet is refused",
    files: { "inscri22.parquet": csvText([inscription()]) },
    exit: ExitCode.input,
    expected: ["@/inscri22.parquet : cannot read the Parquet file", "copy or export it again"],
  },
  {
    title: "a column whose type changes between years is noted and its values still checked",
    files: (dir) => {
      parquet("inscri21.parquet", [{ ...inscription({ rentree: "2021", anbac: "2021" }), annais: 2003 }])(
        dir,
      );
      parquet("inscri22.parquet", [inscription({ annais: "2oo4" })])(dir);
    },
    exit: ExitCode.checkFailed,
    expected: [
      "column 'annais' is stored with different types across years (inscri21.parquet: Float64, inscri22.parquet: String)",
      "@/inscri22.parquet:1, colonne « annais », valeur « 2oo4 » : not a whole number",
    ],
    totals: [2, 1, 1],
  },
  {
    title: "a sex changing between years for one student is reported on every row, not fixed",
    files: {
      "inscri21.csv": csvText([inscription({ rentree: "2021", sexe: "1" })]),
      "inscri22.csv": csvText([inscription({ sexe: "2" })]),
    },
    exit: ExitCode.ok,
    expected: [
      "[sexe-changes] inscriptions: 2 rows",
      "@/inscri21.csv:2, colonne « sexe », valeur « 1 »",
      "@/inscri22.csv:2, colonne « sexe », valeur « 2 »",
      "check the source",
    ],
    totals: [2, 2, 0],
  },
  {
    title: "a birth year changing between years for one student is reported",
    files: {
      "inscri21.csv": csvText([inscription({ rentree: "2021", annais: "2003" })]),
      "inscri22.csv": csvText([inscription({ annais: "2004" })]),
    },
    exit: ExitCode.ok,
    expected: [
      "[annais-changes] inscriptions: 2 rows",
      "@/inscri21.csv:2, colonne « annais », valeur « 2003 »",
    ],
    totals: [2, 2, 0],
  },
  {
    title: "several principal enrolments in one rentrée are reported",
    files: { "inscri22.csv": csvText([inscription(), inscription({ diplom: "2500999", typ_dipl: "DR" })]) },
    exit: ExitCode.ok,
    expected: [
      "[several-principal-enrolments] inscriptions: 2 rows",
      "@/inscri22.csv:3, colonne « inspr », valeur « O »",
      "mark the secondary enrolments inspr = N",
    ],
    totals: [2, 2, 0],
  },
  {
    title: "a duplicate enrolment is reported, both copies kept",
    files: { "inscri22.csv": csvText([inscription(), inscription({ inspr: "N" })]) },
    exit: ExitCode.ok,
    expected: [
      "[duplicate-enrolment] inscriptions: 2 rows",
      "@/inscri22.csv:2, colonne « id_etu », valeur « a1b2c3d4|2022|2500123|0931238R »",
      "keep one of the copies",
    ],
    totals: [2, 2, 0],
  },
  {
    title: "a result without an enrolment is reported",
    files: {
      "inscri22.csv": csvText([inscription()]),
      "result22.csv": csvText([resultat(), resultat({ id_etu: "ghost" })]),
    },
    exit: ExitCode.ok,
    expected: [
      "[result-without-enrolment] resultats: 1 row",
      "@/result22.csv:3, colonne « id_etu », valeur « ghost|2022|0931238R »",
      "inscriptions file of that rentrée",
    ],
    totals: [3, 3, 0],
  },
  {
    title: "a student id with spaces rejects the row",
    files: { "inscri22.csv": csvText([inscription({ id_etu: " a1b2" }), inscription({ id_etu: "a1 b2" })]) },
    exit: ExitCode.checkFailed,
    expected: [
      "@/inscri22.csv:2, colonne « id_etu », valeur «  a1b2 » : the student id contains spaces",
      "@/inscri22.csv:3, colonne « id_etu », valeur « a1 b2 »",
      "export the ids without padding",
    ],
    totals: [2, 0, 2],
  },
  {
    title: "student ids differing only by case are reported, not merged",
    files: {
      "inscri22.csv": csvText([
        inscription({ id_etu: "AbC9" }),
        inscription({ id_etu: "abc9", diplom: "2500999" }),
      ]),
    },
    exit: ExitCode.ok,
    expected: [
      "[id-case-variants] inscriptions: 2 rows",
      "@/inscri22.csv:2, colonne « id_etu », valeur « AbC9 »",
      "ids are case-sensitive",
    ],
    totals: [2, 2, 0],
  },
  {
    title: "an extremely long value rejects the row and is shown truncated",
    files: {
      "inscri22.csv": csvText([inscription({ diplom: "X".repeat(5000) }), inscription({ id_etu: "b" })]),
    },
    exit: ExitCode.checkFailed,
    expected: [
      `@/inscri22.csv:2, colonne « diplom », valeur « ${"X".repeat(80)}… (5000 caractères) » : value longer than 1000 characters`,
      "the line is probably corrupt",
    ],
    totals: [2, 1, 1],
  },
  {
    title: "a row with an extra field is rejected instead of being cut silently",
    files: {
      "inscri22.csv": `${header.join(";")}\n${row().replaceAll(",", ";")}\n${row({ id_etu: "b" }).replaceAll(",", ";")};oops\n`,
    },
    exit: ExitCode.checkFailed,
    expected: [
      "@/inscri22.csv:3, valeur « 29 fields » : the row does not have the 28 fields of the header",
      "check for a missing or extra delimiter",
    ],
    totals: [2, 1, 1],
    rejects: ['@/inscri22.csv,3,"",29 fields,wrong-field-count,'],
  },
  {
    title: "a row with a missing field is rejected instead of being padded silently",
    files: { "inscri22.csv": `${header.join(",")}\n${row().split(",").slice(0, 20).join(",")}\n` },
    exit: ExitCode.checkFailed,
    expected: ["@/inscri22.csv:2, valeur « 20 fields »"],
    totals: [1, 0, 1],
  },
  {
    title: "a quoted value with a line break keeps the line numbers of later rows right",
    files: {
      "inscri22.csv": `${header.join(",")},commentaire\n${row()},"deux\nlignes"\n${row({ id_etu: "b", annais: "x" })},ok\n`,
    },
    exit: ExitCode.checkFailed,
    expected: ["@/inscri22.csv:4, colonne « annais », valeur « x »"],
    totals: [2, 1, 1],
  },
  {
    title: "an unclosed quote is refused, naming the line where it opens",
    files: {
      "inscri22.csv": `${header.join(",")},commentaire\n${row()},ok\n${row({ id_etu: "b" })},"never closed\n${row()},x\n`,
    },
    exit: ExitCode.input,
    expected: [
      "@/inscri22.csv:3, valeur « 2022,b,",
      "a quoted field opened on this line is never closed",
      "look for a stray",
    ],
  },
  {
    title: "formula-like cells are kept, reported, and neutralised in the rejects file",
    files: {
      "inscri22.csv": `${header.join(",")},commentaire\n${row()},=HYPERLINK("http://x")\n${row({ id_etu: "b", annais: "@SUM(A1)" })},+1\n`,
    },
    exit: ExitCode.checkFailed,
    expected: [
      '@/inscri22.csv:2, colonne « commentaire », valeur « =HYPERLINK("http://x") » : the value looks like a spreadsheet formula',
      "neutralised",
    ],
    totals: [2, 1, 1],
    rejects: ["@/inscri22.csv,3,annais,'@SUM(A1),not-an-integer,"],
  },
  {
    title: "blank lines are skipped and counted, not taken as rows",
    files: { "inscri22.csv": `${header.join(",")}\n${row()}\n\n${row({ id_etu: "b" })}\n\n` },
    exit: ExitCode.ok,
    expected: ["@/inscri22.csv: 2 blank line(s) skipped"],
    totals: [2, 2, 0],
  },
  {
    title: "Windows line endings (CRLF) are read without a stray carriage return in the last column",
    files: {
      "inscri22.csv": csvText([
        inscription({ conv: "P" }),
        inscription({ id_etu: "b", conv: "=X" }),
      ]).replaceAll("\n", "\r\n"),
    },
    exit: ExitCode.ok,
    expected: [
      "@/inscri22.csv:3, colonne « conv », valeur « =X » : the value looks like a spreadsheet formula",
    ],
    totals: [2, 2, 0],
  },
  {
    title: "a row whose rentrée is not the file's year is reported",
    files: { "inscri22.csv": csvText([inscription({ rentree: "2021", annais: "2003" })]) },
    exit: ExitCode.ok,
    expected: [
      "@/inscri22.csv:2, colonne « rentree », valeur « 2021 (file name says 2022) » : rentree differs from the year of the file name",
    ],
    totals: [1, 1, 0],
  },
  {
    title: "two files for the same source and year are refused",
    files: (dir) => {
      writeFileSync(join(dir, "inscri22.csv"), csvText([inscription()]));
      parquet("inscri22.parquet", [inscription()])(dir);
    },
    exit: ExitCode.input,
    expected: [
      "two files hold the same source and year ('inscri22.csv' and 'inscri22.parquet')",
      "keep only one",
    ],
  },
  {
    title: "a folder without SISE files is refused and other files are not taken for data",
    files: { "notes.txt": "hello", "inscri2022.csv": csvText([inscription()]) },
    exit: ExitCode.input,
    expected: ["no SISE file found (expected names like inscri22.csv", "point --input at the right folder"],
  },
];

function bufferIO(): CommandIO & { text: () => string } {
  let out = "";
  return {
    stdout: (t) => {
      out += t;
    },
    stderr: (t) => {
      out += t;
    },
    interactive: false,
    text: () => out,
  };
}

describe("oraccle validate — bad-input catalogue", () => {
  it("has at least 25 cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  it.each(cases)("$title", async (c) => {
    const dir = typeof c.files === "function" ? extractFolder({}) : extractFolder(c.files);
    if (typeof c.files === "function") c.files(dir);
    const out = mkdtempSync(join(tmpdir(), "oraccle-out-"));
    const reportFile = join(out, "report.json");
    const rejectsFile = join(out, "rejects.csv");
    const io = bufferIO();
    const code = await runCli(
      ["validate", "--input", dir, "--report", reportFile, "--rejects", rejectsFile, ...(c.args ?? [])],
      io,
    );
    const text = io.text();
    for (const fragment of c.expected) expect(text).toContain(fragment.replaceAll("@/", `${dir}/`));
    expect(code, text).toBe(c.exit);
    if (c.totals) {
      const report = JSON.parse(readFileSync(reportFile, "utf8"));
      const [read, accepted, rejected] = c.totals;
      expect(report.totals.all).toEqual({ rowsRead: read, rowsAccepted: accepted, rowsRejected: rejected });
      for (const f of report.files) expect(f.rowsRead).toBe(f.rowsAccepted + f.rowsRejected);
      const rejectLines = new Set(
        readFileSync(rejectsFile, "utf8")
          .trim()
          .split("\n")
          .slice(1)
          .filter((l) => l !== "")
          .map((l) => l.split(",").slice(0, 2).join(",")),
      );
      expect(rejectLines.size, "one (file, line) in the rejects file per rejected row").toBe(rejected);
    } else {
      expect(existsSync(reportFile)).toBe(false);
    }
    const rejectsText = c.rejects ? readFileSync(rejectsFile, "utf8") : "";
    for (const fragment of c.rejects ?? [])
      expect(rejectsText).toContain(fragment.replaceAll("@/", `${dir}/`));
  });
});
