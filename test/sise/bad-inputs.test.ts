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
    title: "the report and its messages are in English with --lang en, flags named as the CLI spells them",
    files: { "inscri22.csv": csvText([inscription({ sexe: "3" })]) },
    args: ["--lang", "en"],
    exit: ExitCode.ok,
    expected: [
      "@/inscri22.csv:2, column 'sexe', value '3': unknown code for sexe",
      "rows are kept (use --strict-codes to reject them)",
      "Warnings (rows kept):",
      "OK: every row accepted (1 kind of warning to review).",
    ],
    totals: [1, 1, 0],
  },
  {
    title: "a tab-separated file is refused, naming the header line",
    files: { "inscri22.csv": csvText([inscription()], "\t") },
    exit: ExitCode.input,
    expected: [
      "@/inscri22.csv:1, valeur « rentree\\x09id_etu",
      "séparé par des tabulations",
      "enregistrez le fichier avec ',' ou ';'",
    ],
  },
  {
    title: "a '|'-separated file is refused",
    files: { "inscri22.csv": csvText([inscription()], "|") },
    exit: ExitCode.input,
    expected: [
      "@/inscri22.csv:1, valeur « rentree|id_etu",
      "séparé par des '|'",
      "enregistrez le fichier avec ',' ou ';'",
    ],
  },
  {
    title: "a header holding both ',' and ';' without telling which is refused as ambiguous",
    files: { "inscri22.csv": "a,b;c\n1,2;3\n" },
    exit: ExitCode.input,
    expected: [
      "@/inscri22.csv:1, valeur « a,b;c » : séparateur ambigu",
      "enregistrez le fichier avec ',' ou ';'",
    ],
  },
  {
    title: "a Latin-1 file is read as Windows-1252 with a notice naming the first non-UTF-8 byte",
    files: { "inscri22.csv": latin1(csvText([inscription({ id_etu: "zoé" })], ";")) },
    exit: ExitCode.ok,
    expected: [
      "csv ';' windows-1252",
      "UTF-8 non valide (premier octet invalide 0xE9 ligne 2) : lu en Windows-1252",
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
      "l'octet 0xE9 n'est pas de l'UTF-8 valide",
      "exportez de nouveau le fichier en UTF-8, ou lisez-le avec --encoding latin1",
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
    expected: ["premier octet invalide 0xFF ligne 4", "@/inscri22.csv:4", "wrong-field-count"],
    totals: [3, 2, 1],
  },
  {
    title: "a UTF-8 file with BOM is read, the BOM noted and skipped",
    files: { "inscri22.csv": `\uFEFF${csvText([inscription()])}` },
    exit: ExitCode.ok,
    expected: ["csv ',' utf-8 avec BOM", "marque d'ordre des octets UTF-8 trouvée et ignorée"],
    totals: [1, 1, 0],
  },
  {
    title: "an empty file is refused",
    files: { "inscri22.csv": "" },
    exit: ExitCode.input,
    expected: [
      "@/inscri22.csv : le fichier est vide (0 octets) : il n'a pas de ligne d'en-tête",
      "exportez de nouveau le fichier avec sa ligne d'en-tête",
    ],
  },
  {
    title: "a file holding only a BOM and blank lines is refused as empty",
    files: { "inscri22.csv": "\uFEFF\n\n" },
    exit: ExitCode.input,
    expected: ["@/inscri22.csv : le fichier est vide (5 octets)"],
  },
  {
    title: "a header-only file is read as zero rows with a notice",
    files: { "inscri22.csv": `${header.join(";")}\n` },
    exit: ExitCode.ok,
    expected: ["@/inscri22.csv : le fichier a un en-tête mais aucune ligne"],
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
      "@/inscri22.csv:1, colonne « annais » : colonne obligatoire manquante : annais",
      "ajoutez-la au fichier",
    ],
  },
  {
    title: "a column named twice (in any case) is refused",
    files: { "inscri22.csv": `${header.join(",")},SEXE\n${row()},1\n` },
    exit: ExitCode.input,
    expected: [
      "@/inscri22.csv:1, colonne « sexe » : le nom de colonne apparaît deux fois dans l'en-tête (colonnes 6 et 29",
      "renommez",
    ],
  },
  {
    title: "a header cell without a name is refused",
    files: { "inscri22.csv": `${header.join(",")},\n${row()},\n` },
    exit: ExitCode.input,
    expected: [
      "@/inscri22.csv:1",
      "la colonne 29 de l'en-tête n'a pas de nom",
      "retirez le séparateur en trop",
    ],
  },
  {
    title: "a birth year that is not a number rejects the row, naming line, column and value",
    files: { "inscri22.csv": csvText([inscription(), inscription({ id_etu: "x2", annais: "19x5" })]) },
    exit: ExitCode.checkFailed,
    expected: [
      "@/inscri22.csv:3, colonne « annais », valeur « 19x5 » : pas un nombre entier",
      "écrivez la valeur en chiffres",
    ],
    totals: [2, 1, 1],
    rejects: ["@/inscri22.csv,3,annais,19x5,not-an-integer,"],
  },
  {
    title: "a rentrée out of range rejects the row",
    files: { "inscri22.csv": csvText([inscription({ rentree: "2202" })]) },
    exit: ExitCode.checkFailed,
    expected: [
      "@/inscri22.csv:2, colonne « rentree », valeur « 2202 » : rentree (Rentrée) hors de l'intervalle plausible 1990–2040",
      "une faute de frappe dans l'année ?",
    ],
    totals: [1, 0, 1],
    rejects: ["@/inscri22.csv,2,rentree,2202,out-of-range,"],
  },
  {
    title: "an age at the rentrée below 14 rejects the row",
    files: { "inscri22.csv": csvText([inscription({ annais: "2015" })]) },
    exit: ExitCode.checkFailed,
    expected: [
      "@/inscri22.csv:2, colonne « annais », valeur « 2015 » : âge à la rentrée (rentree − annais) hors de 14–99",
      "corrigez l'année de naissance",
    ],
    totals: [1, 0, 1],
  },
  {
    title: "a missing required value rejects the row",
    files: { "inscri22.csv": csvText([inscription({ id_etu: "" }), inscription()]) },
    exit: ExitCode.checkFailed,
    expected: [
      "@/inscri22.csv:2, colonne « id_etu » : valeur manquante dans la colonne obligatoire id_etu",
      "renseignez la valeur",
    ],
    totals: [2, 1, 1],
    rejects: ["@/inscri22.csv,2,id_etu,,missing-value,"],
  },
  {
    title: "a SAS '.' in a required integer column rejects the row as a missing value",
    files: { "inscri22.csv": csvText([inscription({ annais: "." })]) },
    exit: ExitCode.checkFailed,
    expected: [
      "@/inscri22.csv:2, colonne « annais », valeur « . » : valeur manquante dans la colonne obligatoire annais",
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
    expected: ["Résultats :    lues 1 = acceptées 1 + rejetées 0"],
    totals: [2, 2, 0],
  },
  {
    title: "an unknown code is kept and reported with its count",
    files: { "inscri22.csv": csvText([inscription({ sexe: "3" }), inscription({ id_etu: "b", sexe: "3" })]) },
    exit: ExitCode.ok,
    expected: [
      "@/inscri22.csv:2, colonne « sexe », valeur « 3 » : code inconnu pour sexe",
      "sexe « 3 » : 2",
      "attendu l'un de : 1 Homme, 2 Femme",
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
      "@/inscri22.csv:2, colonne « typ_dipl », valeur « ZZ » : code inconnu pour typ_dipl",
      "retirez --strict-codes",
    ],
    totals: [2, 1, 1],
    rejects: ["@/inscri22.csv,2,typ_dipl,ZZ,unknown-code,"],
  },
  {
    title: "a wrong UAI check letter rejects the row",
    files: { "inscri22.csv": csvText([inscription({ etabli: "0931238S" })]) },
    exit: ExitCode.checkFailed,
    expected: [
      "@/inscri22.csv:2, colonne « etabli », valeur « 0931238S » : UAI non valide",
      "la lettre se calcule à partir des chiffres",
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
      "@/inscri22.parquet : lecture du fichier Parquet impossible",
      "tronqué, corrompu ou n'est pas du Parquet : copiez-le ou exportez-le de nouveau",
    ],
  },
  {
    title: "a file named .parquet that is not Parquet is refused",
    files: { "inscri22.parquet": csvText([inscription()]) },
    exit: ExitCode.input,
    expected: [
      "@/inscri22.parquet : lecture du fichier Parquet impossible",
      "copiez-le ou exportez-le de nouveau",
    ],
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
      "la colonne « annais » est stockée avec des types différents selon les années (inscri21.parquet: Float64, inscri22.parquet: String)",
      "@/inscri22.parquet:1, colonne « annais », valeur « 2oo4 » : pas un nombre entier",
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
      "[sexe-changes] inscriptions : 2 lignes",
      "@/inscri21.csv:2, colonne « sexe », valeur « 1 »",
      "@/inscri22.csv:2, colonne « sexe », valeur « 2 »",
      "vérifiez la source",
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
      "[annais-changes] inscriptions : 2 lignes",
      "@/inscri21.csv:2, colonne « annais », valeur « 2003 »",
    ],
    totals: [2, 2, 0],
  },
  {
    title: "several principal enrolments in one rentrée are reported",
    files: { "inscri22.csv": csvText([inscription(), inscription({ diplom: "2500999", typ_dipl: "DR" })]) },
    exit: ExitCode.ok,
    expected: [
      "[several-principal-enrolments] inscriptions : 2 lignes",
      "@/inscri22.csv:3, colonne « inspr », valeur « O »",
      "marquez inspr = N les inscriptions secondaires",
    ],
    totals: [2, 2, 0],
  },
  {
    title: "a duplicate enrolment is reported, both copies kept",
    files: { "inscri22.csv": csvText([inscription(), inscription({ inspr: "N" })]) },
    exit: ExitCode.ok,
    expected: [
      "[duplicate-enrolment] inscriptions : 2 lignes",
      "@/inscri22.csv:2, colonne « id_etu », valeur « a1b2c3d4|2022|2500123|0931238R »",
      "gardez une seule des copies",
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
      "[result-without-enrolment] resultats : 1 ligne",
      "@/result22.csv:3, colonne « id_etu », valeur « ghost|2022|0931238R »",
      "le fichier d'inscriptions de cette rentrée",
    ],
    totals: [3, 3, 0],
  },
  {
    title: "a student id with spaces rejects the row",
    files: { "inscri22.csv": csvText([inscription({ id_etu: " a1b2" }), inscription({ id_etu: "a1 b2" })]) },
    exit: ExitCode.checkFailed,
    expected: [
      "@/inscri22.csv:2, colonne « id_etu », valeur «  a1b2 » : l'identifiant étudiant contient des espaces",
      "@/inscri22.csv:3, colonne « id_etu », valeur « a1 b2 »",
      "exportez les identifiants sans remplissage",
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
      "[id-case-variants] inscriptions : 2 lignes",
      "@/inscri22.csv:2, colonne « id_etu », valeur « AbC9 »",
      "distinguent majuscules et minuscules",
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
      `@/inscri22.csv:2, colonne « diplom », valeur « ${"X".repeat(80)}… (5000 caractères) » : valeur de plus de 1000 caractères`,
      "la ligne est sans doute corrompue",
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
      "@/inscri22.csv:3, valeur « 29 fields » : la ligne n'a pas les 28 champs de l'en-tête",
      "cherchez dans cette ligne un séparateur manquant ou en trop",
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
      "un champ entre guillemets ouvert sur cette ligne n'est jamais fermé",
      "cherchez un '\"' isolé",
    ],
  },
  {
    title: "formula-like cells are kept, reported, and neutralised in the rejects file",
    files: {
      "inscri22.csv": `${header.join(",")},commentaire\n${row()},=HYPERLINK("http://x")\n${row({ id_etu: "b", annais: "@SUM(A1)" })},+1\n`,
    },
    exit: ExitCode.checkFailed,
    expected: [
      '@/inscri22.csv:2, colonne « commentaire », valeur « =HYPERLINK("http://x") » : la valeur ressemble à une formule de tableur',
      "neutralisée",
    ],
    totals: [2, 1, 1],
    rejects: ["@/inscri22.csv,3,annais,'@SUM(A1),not-an-integer,"],
  },
  {
    title: "blank lines are skipped and counted, not taken as rows",
    files: { "inscri22.csv": `${header.join(",")}\n${row()}\n\n${row({ id_etu: "b" })}\n\n` },
    exit: ExitCode.ok,
    expected: ["@/inscri22.csv : 2 lignes vides ignorées"],
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
      "@/inscri22.csv:3, colonne « conv », valeur « =X » : la valeur ressemble à une formule de tableur",
    ],
    totals: [2, 2, 0],
  },
  {
    title: "a row whose rentrée is not the file's year is reported",
    files: { "inscri22.csv": csvText([inscription({ rentree: "2021", annais: "2003" })]) },
    exit: ExitCode.ok,
    expected: [
      "@/inscri22.csv:2, colonne « rentree », valeur « 2021 (file name says 2022) » : rentree diffère de l'année du nom du fichier",
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
      "deux fichiers contiennent la même source et la même année (« inscri22.csv » et « inscri22.parquet »)",
      "ne gardez que l'un des deux",
    ],
  },
  {
    title: "a folder without SISE files is refused and other files are not taken for data",
    files: { "notes.txt": "hello", "inscri2022.csv": csvText([inscription()]) },
    exit: ExitCode.input,
    expected: ["aucun fichier SISE trouvé (noms attendus : inscri22.csv", "donnez à --input le bon dossier"],
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
