import type { CsvEncoding } from "../core/decode-csv-text.js";
import type { InputLocation } from "../core/errors.js";
import type { CheckedSource } from "./list-sise-files.js";

/**
 * Rows read, accepted and rejected. The reader guarantees `rowsRead = rowsAccepted + rowsRejected`.
 *
 * @example
 * const counts: RowAccounting = { rowsRead: 10, rowsAccepted: 9, rowsRejected: 1 };
 */
export interface RowAccounting {
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
}

/**
 * How one file was read and what became of its rows.
 *
 * @example
 * report.files[0]; // { file: "inscri22.csv", encoding: "windows-1252", delimiter: ";", rowsRead: 120, … }
 */
export interface FileValidation extends RowAccounting {
  /** File name in the folder. */
  file: string;
  /** Source the name announces. */
  source: CheckedSource;
  /** Rentrée the name announces. */
  rentree: number;
  /** `csv` or `parquet`. */
  format: "csv" | "parquet";
  /** CSV only: encoding used. */
  encoding?: "utf-8" | "windows-1252";
  /** CSV only: whether a UTF-8 byte-order mark was found (and skipped). */
  bom?: boolean;
  /** CSV only: detected delimiter. */
  delimiter?: "," | ";";
  /** Column names found, lower-cased, in file order. */
  columns: string[];
  /** Columns that are not in the data model; kept after the data-model columns. */
  extraColumns: string[];
  /** Optional data-model columns absent from the file; filled with nulls. */
  missingOptionalColumns: string[];
  /** CSV only: blank lines, which hold no row and are skipped. */
  emptyLinesSkipped: number;
}

/**
 * One problem found by a check, with how many rows it concerns and a few located examples.
 * `error` issues rejected their rows; `warning` issues kept them.
 *
 * @example
 * report.issues.find((i) => i.code === "not-an-integer")?.examples[0]; // { file: "inscri22.csv", line: 14, column: "annais", value: "19x5" }
 */
export interface ValidationIssue {
  /** Check code (`not-an-integer`, `unknown-code`, `duplicate-enrolment`…). */
  code: string;
  severity: "error" | "warning";
  source: CheckedSource;
  /** The file, for checks made file by file; absent for checks across files (duplicates, incoherences). */
  file?: string;
  column?: string;
  /** Rows concerned. */
  count: number;
  /** The problem, for one row. */
  message: string;
  /** What to do. */
  hint: string;
  /** The first rows concerned (file, line, column, value); at most `maxExamples`. */
  examples: InputLocation[];
}

/**
 * One unknown code and how often it occurs.
 *
 * @example
 * report.unknownCodes[0]; // { source: "inscriptions", column: "sexe", codeList: "sexe", code: "-1", count: 3, files: ["inscri22.csv"] }
 */
export interface UnknownCodeCount {
  source: CheckedSource;
  column: string;
  codeList: string;
  code: string;
  count: number;
  files: string[];
}

/**
 * Something the user should know that is not a data problem (encoding fallback, ignored files,
 * columns filled with nulls, numbers read with a decimal comma…).
 *
 * @example
 * report.notices[0]; // { file: "inscri22.csv", code: "encoding-fallback", message: "not valid UTF-8 … read as Windows-1252" }
 */
export interface ValidationNotice {
  file?: string;
  code: string;
  message: string;
}

/**
 * The outcome of validating a SISE extract folder: how each file was read, row accounting per
 * file, per source and in total, the problems found, unknown codes and notices. Deterministic (no
 * timestamps), so two runs on the same input give the same JSON.
 *
 * @example
 * const { report } = await readSise("extract/");
 * report.totals.all; // { rowsRead: 240, rowsAccepted: 238, rowsRejected: 2 }
 */
export interface ValidationReport {
  /** Folder that was read. */
  input: string;
  /** Options that change the outcome. */
  options: { encoding: CsvEncoding; strictCodes: boolean };
  files: FileValidation[];
  /** Entries of the folder that are not inscriYY/resultYY files. */
  ignoredFiles: string[];
  totals: { inscriptions: RowAccounting; resultats: RowAccounting; all: RowAccounting };
  issues: ValidationIssue[];
  unknownCodes: UnknownCodeCount[];
  notices: ValidationNotice[];
  /** True when no row was rejected. Warnings do not make it false. */
  ok: boolean;
}
