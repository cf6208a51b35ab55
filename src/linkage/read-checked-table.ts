import { basename, extname } from "node:path";
import pl from "nodejs-polars";
import type { CsvEncoding } from "../core/decode-csv-text.js";
import { InputError } from "../core/errors.js";
import { messages } from "../core/i18n/messages.js";
import { castToSchemaExprs } from "../sise/cast-to-schema-exprs.js";
import { columnSpecChecks, withFieldCountCheck } from "../sise/checks/column-spec-checks.js";
import { formulaLikeCheck } from "../sise/checks/formula-like-check.js";
import type { RowCheck } from "../sise/checks/row-check.js";
import { valueLengthCheck } from "../sise/checks/value-length-check.js";
import { evaluateChecks, prepareChecks } from "../sise/evaluate-checks.js";
import type { SourceFile } from "../sise/list-sise-files.js";
import { noteHowFileWasRead } from "../sise/note-how-file-was-read.js";
import type { RawTable } from "../sise/raw-table.js";
import { readRawCsv } from "../sise/read-raw-csv.js";
import { readRawParquet } from "../sise/read-raw-parquet.js";
import type { SiseColumnSpec } from "../sise/schema.js";
import type { RowAccounting, ValidationIssue, ValidationNotice } from "../sise/validation-report.js";

/**
 * One table file read with the SISE checks framework: accepted rows typed as the column specs
 * (plus `__line`, the line in the file), rejected rows located, row accounting.
 *
 * @example
 * const { accepted, rejects, accounting } = readCheckedTable("extrait.csv", ESTABLISHMENT_COLUMNS, () => [], "auto", 5);
 */
export interface CheckedTable {
  /** Accepted rows: the spec columns typed, extra columns as text, and `__line`. */
  accepted: pl.DataFrame;
  /** One row per rejected row and failed rule: file, line, column, value, reason, message. */
  rejects: pl.DataFrame;
  accounting: RowAccounting;
  issues: ValidationIssue[];
  notices: ValidationNotice[];
  /** Lower-cased columns of the file, in file order. */
  columns: string[];
}

/**
 * Reads one CSV or Parquet file as text, refuses it when a required column is missing, applies
 * the checks every spec declares (required value, integer, range), the `extra` rules, the
 * value-length and formula guards and the field-count check, and casts accepted rows to the specs.
 * `rowsRead = rowsAccepted + rowsRejected`, always.
 *
 * @param path the file (`.csv` or `.parquet`)
 * @param specs its columns
 * @param extra further rules on the raw (text) values, given the file's columns
 * @throws InputError naming the file (and line 1, column) for a missing required column, an
 * unknown format or an unreadable file
 * @example
 * readCheckedTable("etapes.csv", STEP_CORRESPONDENCE_COLUMNS, () => [duplicateStepCheck()], "auto", 5);
 */
export function readCheckedTable(
  path: string,
  specs: readonly SiseColumnSpec[],
  extra: (raw: RawTable) => RowCheck[],
  encoding: CsvEncoding,
  maxExamples: number,
): CheckedTable {
  const text = messages().linkage.errors;
  const format = extname(path).toLowerCase().slice(1);
  if (format !== "csv" && format !== "parquet")
    throw new InputError(text.badFormat, { file: path }, text.badFormatHint);
  const file: SourceFile = { path, name: basename(path), source: "etablissement", rentree: 0, format };
  const known = specs.map((s) => s.name);
  const raw = format === "csv" ? readRawCsv(file, encoding, known) : readRawParquet(file);
  const missing = specs.filter((s) => s.required && !raw.columns.includes(s.name)).map((s) => s.name);
  if (missing.length > 0) {
    throw new InputError(
      text.missingColumns(missing),
      { file: path, ...(format === "csv" ? { line: 1 } : {}), column: missing[0]! },
      text.missingColumnsHint(raw.columns),
    );
  }
  const missingOptional = specs
    .filter((s) => !s.required && !raw.columns.includes(s.name))
    .map((s) => s.name);
  const extraColumns = raw.columns.filter((c) => !known.includes(c));
  const notices: ValidationNotice[] = [];
  noteHowFileWasRead(raw, missingOptional, notices);
  const frame = raw.frame.withColumns(
    ...raw.columns.map((name) =>
      pl
        .when(pl.col(name).eq(pl.lit("")))
        .then(pl.lit(null).cast(pl.Utf8))
        .otherwise(pl.col(name))
        .alias(name),
    ),
    ...missingOptional.map((name) => pl.lit(null).cast(pl.Utf8).alias(name)),
    pl.lit(path).alias("__file"),
  );
  const checks = [...columnSpecChecks(specs), ...extra(raw)];
  for (const column of [...known, ...extraColumns]) {
    checks.push(valueLengthCheck(column));
    if (!specs.some((s) => s.name === column && s.dtype === "Int32")) checks.push(formulaLikeCheck(column));
  }
  const outcome = evaluateChecks(
    frame,
    prepareChecks(withFieldCountCheck(raw, checks)),
    "etablissement",
    maxExamples,
    path,
  );
  return {
    accepted: outcome.accepted.select(...castToSchemaExprs(specs, extraColumns)).drop("__file"),
    rejects: outcome.rejects,
    accounting: {
      rowsRead: raw.frame.height,
      rowsAccepted: outcome.accepted.height,
      rowsRejected: outcome.rejectedRows,
    },
    issues: outcome.issues,
    notices,
    columns: raw.columns,
  };
}
