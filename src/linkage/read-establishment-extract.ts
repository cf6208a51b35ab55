import pl from "nodejs-polars";
import type { CsvEncoding } from "../core/decode-csv-text.js";
import { knownCodeCheck } from "../sise/checks/known-code-check.js";
import { studentIdCheck } from "../sise/checks/student-id-check.js";
import { emptyRejects } from "../sise/evaluate-checks.js";
import type { RowAccounting, ValidationIssue, ValidationNotice } from "../sise/validation-report.js";
import { writeRejectsCsv } from "../sise/write-rejects-csv.js";
import { dateCheck, isoDate } from "./checks/date-check.js";
import { inePatternCheck } from "./checks/ine-check.js";
import { duplicateStepCheck, stepCorrespondenceCheck } from "./checks/step-correspondence-check.js";
import { stepResultCheck } from "./checks/step-result-check.js";
import { ESTABLISHMENT_COLUMNS, STEP_CORRESPONDENCE_COLUMNS } from "./establishment-columns.js";
import { readCheckedTable } from "./read-checked-table.js";

/**
 * Options of {@link readEstablishmentExtract}.
 *
 * @example
 * readEstablishmentExtract("extrait.csv", { correspondence: "etapes.csv", rejectsFile: "rejets.csv" });
 */
export interface ReadEstablishmentOptions {
  /** Step → SISE-diploma correspondence table (`etape`, `diplom`, `niveau`), CSV or Parquet; default none. */
  correspondence?: string;
  /** CSV text encoding; default `"auto"` (UTF-8 with or without BOM, else Windows-1252 with a notice). */
  encoding?: CsvEncoding;
  /** When set, rejected rows of both files are written there as CSV (file, line, column, value, reason, message). */
  rejectsFile?: string;
  /** Located examples kept per issue; default 5. */
  maxExamples?: number;
}

/**
 * How an establishment extract (and its correspondence table) was read.
 *
 * @example
 * readEstablishmentExtract("extrait.csv").report.totals; // { rowsRead: 5210, rowsAccepted: 5208, rowsRejected: 2 }
 */
export interface EstablishmentReport {
  input: string;
  correspondence?: { input: string; totals: RowAccounting };
  /** Rows of the extract: `rowsRead = rowsAccepted + rowsRejected`. */
  totals: RowAccounting;
  issues: ValidationIssue[];
  notices: ValidationNotice[];
  /** True when no row of either file was rejected. */
  ok: boolean;
}

/**
 * An establishment extract read and validated.
 *
 * @example
 * const { enrolments, rejects, report } = readEstablishmentExtract("extrait.csv");
 */
export interface EstablishmentExtract {
  /**
   * Accepted rows: the columns of `ESTABLISHMENT_COLUMNS` (INE trimmed and upper-cased, dates as
   * `AAAA-MM-JJ`, `diplom` and `niveau` completed from the correspondence table where empty), then
   * extra columns, then `ligne` (the row's line in the file, to locate it in reports).
   */
  enrolments: pl.DataFrame;
  /** One row per rejected row and failed rule, from the extract and the correspondence table. */
  rejects: pl.DataFrame;
  report: EstablishmentReport;
}

/**
 * Reads and validates an establishment extract — one row per student, academic year and étape,
 * from Apogée or Pégase (columns in docs/data-model.md) — with the checks framework of the SISE
 * reader: same CSV decoding, same located rejects, exact row accounting. Rules: required values,
 * integer year in range, 11-character INE, student numbers without spaces, readable dates,
 * known `niveau` and result codes (reported), and a SISE diploma for every row: its own `diplom`,
 * or its étape in the correspondence table (a gap rejects the row, naming the étape). The
 * correspondence table is checked too: required values, one row per étape.
 *
 * @param file the extract (`.csv` or `.parquet`)
 * @throws InputError (exit code 3) naming the file when it cannot be read as a table or lacks a
 * required column
 * @example
 * const { enrolments, report } = readEstablishmentExtract("data/etablissement/extrait-0911975C.csv");
 */
export function readEstablishmentExtract(
  file: string,
  options: ReadEstablishmentOptions = {},
): EstablishmentExtract {
  const encoding = options.encoding ?? "auto";
  const maxExamples = options.maxExamples ?? 5;
  const table =
    options.correspondence === undefined
      ? undefined
      : readCheckedTable(
          options.correspondence,
          STEP_CORRESPONDENCE_COLUMNS,
          () => [
            duplicateStepCheck(),
            knownCodeCheck({ ...STEP_CORRESPONDENCE_COLUMNS[2]!, codes: "niveau" }),
          ],
          encoding,
          maxExamples,
        );
  const steps = table ? (table.accepted.getColumn("etape").toArray() as string[]) : [];
  const niveau = ESTABLISHMENT_COLUMNS.find((c) => c.name === "niveau")!;
  const extract = readCheckedTable(
    file,
    ESTABLISHMENT_COLUMNS,
    () => [
      studentIdCheck("num_etu"),
      inePatternCheck(),
      knownCodeCheck({ ...niveau, codes: "niveau" }),
      ...["resultat_s1", "resultat_s2", "resultat_annee"].map(stepResultCheck),
      dateCheck("date_inscription"),
      dateCheck("date_abandon"),
      stepCorrespondenceCheck(steps),
    ],
    encoding,
    maxExamples,
  );
  const rejects = pl.concat([table?.rejects ?? emptyRejects(), extract.rejects], { how: "vertical" });
  if (options.rejectsFile !== undefined) writeRejectsCsv(rejects, options.rejectsFile);
  const rejected = extract.accounting.rowsRejected + (table?.accounting.rowsRejected ?? 0);
  return {
    enrolments: completeFromCorrespondence(extract.accepted, table?.accepted),
    rejects,
    report: {
      input: file,
      ...(table && options.correspondence !== undefined
        ? { correspondence: { input: options.correspondence, totals: table.accounting } }
        : {}),
      totals: extract.accounting,
      issues: [...(table?.issues ?? []), ...extract.issues],
      notices: [...(table?.notices ?? []), ...extract.notices],
      ok: rejected === 0,
    },
  };
}

/** Normalises INE and dates; fills an empty `diplom` / `niveau` from the étape's correspondence. */
function completeFromCorrespondence(rows: pl.DataFrame, table: pl.DataFrame | undefined): pl.DataFrame {
  let frame = rows.withColumns(
    pl.col("ine").str.strip().str.toUpperCase().alias("ine"),
    isoDate("date_inscription"),
    isoDate("date_abandon"),
  );
  if (table !== undefined) {
    const steps = table.select(
      pl.col("etape"),
      pl.col("diplom").alias("__diplom"),
      pl.col("niveau").alias("__niveau"),
    );
    frame = frame
      .join(steps, { on: "etape", how: "left" })
      .withColumns(orElse("diplom", "__diplom"), orElse("niveau", "__niveau"))
      .drop("__diplom", "__niveau");
  }
  return frame.rename({ __line: "ligne" }).sort("ligne");
}

/** `column`, or `fallback` where `column` is null. */
function orElse(column: string, fallback: string): pl.Expr {
  return pl.when(pl.col(column).isNull()).then(pl.col(fallback)).otherwise(pl.col(column)).alias(column);
}
