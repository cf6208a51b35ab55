import pl from "nodejs-polars";
import type { CsvEncoding } from "../../core/decode-csv-text.js";
import { InputError } from "../../core/errors.js";
import { messages } from "../../core/i18n/messages.js";
import { castToSchemaExprs, emptySiseFrame, LOCATION_COLUMNS } from "../cast-to-schema-exprs.js";
import { columnSpecChecks, withFieldCountCheck } from "../checks/column-spec-checks.js";
import { duplicateCheck } from "../checks/duplicate-check.js";
import { formulaLikeCheck } from "../checks/formula-like-check.js";
import { knownCodeCheck } from "../checks/known-code-check.js";
import { rentreeFileCheck } from "../checks/rentree-file-check.js";
import type { RowCheck } from "../checks/row-check.js";
import { studentIdCheck } from "../checks/student-id-check.js";
import { uaiCheck } from "../checks/uai-check.js";
import { valueLengthCheck } from "../checks/value-length-check.js";
import { emptyRejects, evaluateChecks, prepareChecks } from "../evaluate-checks.js";
import { noteHowFileWasRead } from "../note-how-file-was-read.js";
import type { RawTable } from "../raw-table.js";
import { readRawCsv } from "../read-raw-csv.js";
import { readRawParquet } from "../read-raw-parquet.js";
import { sumRows } from "../sum-rows.js";
import type {
  FileValidation,
  RowAccounting,
  UnknownCodeCount,
  ValidationIssue,
  ValidationNotice,
} from "../validation-report.js";
import { writeRejectsCsv } from "../write-rejects-csv.js";
import { BPBAC_COLUMNS } from "./bpbac-columns.js";
import { listBpbacFiles } from "./bpbac-files.js";
import { classTypeCheck } from "./checks/class-type-check.js";

/**
 * Options of {@link readBpbac}.
 *
 * @example
 * readBpbac("extract/bpbac", { encoding: "latin1", rejectsFile: "rejets-bpbac.csv" });
 */
export interface ReadBpbacOptions {
  /** CSV text encoding; default `"auto"` (UTF-8 with or without BOM, else Windows-1252 with a notice). */
  encoding?: CsvEncoding;
  /**
   * Reject rows holding unknown `niveau`, `statut` or `resdip` codes; default `false` (reported
   * only). Unknown class types (`type_classe`) are always rejected: a class the toolkit cannot
   * place has no level nor situation.
   */
  strictCodes?: boolean;
  /** When set, rejected rows are written there as CSV (file, line, column, value, reason, message). */
  rejectsFile?: string;
  /** Located examples kept per issue in the report; default 5. */
  maxExamples?: number;
}

/**
 * How a BPBAC folder was read: files, row accounting (`rowsRead = rowsAccepted + rowsRejected`,
 * per file and in total), problems with located examples, unknown codes and notices.
 *
 * @example
 * readBpbac("data/bpbac").report.totals; // { rowsRead: 6021, rowsAccepted: 6021, rowsRejected: 0 }
 */
export interface BpbacReport {
  /** Folder that was read. */
  input: string;
  options: { encoding: CsvEncoding; strictCodes: boolean };
  files: FileValidation[];
  /** Entries of the folder that are not bpbacYY files. */
  ignoredFiles: string[];
  totals: RowAccounting;
  issues: ValidationIssue[];
  unknownCodes: UnknownCodeCount[];
  notices: ValidationNotice[];
  /** True when no row was rejected. */
  ok: boolean;
}

/**
 * A BPBAC extract read and validated.
 *
 * @example
 * const { enrolments, rejects, report } = readBpbac("data/bpbac");
 */
export interface BpbacExtract {
  /** Accepted rows: the columns of `BPBAC_COLUMNS` with their types, then extra columns. */
  enrolments: pl.DataFrame;
  /** One row per rejected row and failed rule: file, line, column, value, reason, message. */
  rejects: pl.DataFrame;
  report: BpbacReport;
}

/**
 * Reads and validates a folder of yearly BPBAC files (`bpbacYY.csv` or `.parquet`) — enrolments
 * in lycée post-bac classes (STS, CPGE…) — with the checks framework of the SISE reader: same
 * CSV decoding (UTF-8 or Windows-1252, `,` or `;`), same located rejects, same row accounting.
 * Rules: required values, integer years in range, UAI check letter, ids without spaces, known
 * class types (rejected otherwise), known niveau/statut/result codes (reported), rentrée of the
 * file name, overlong and formula-like values; duplicates across files are reported, never fixed.
 *
 * @param dir the BPBAC folder
 * @throws InputError (exit code 3) when a file cannot be read as a table (empty, missing required
 * column, corrupt Parquet…), naming the file.
 * @example
 * const { enrolments, report } = readBpbac("data/bpbac");
 */
export function readBpbac(dir: string, options: ReadBpbacOptions = {}): BpbacExtract {
  const encoding = options.encoding ?? "auto";
  const strictCodes = options.strictCodes ?? false;
  const maxExamples = options.maxExamples ?? 5;
  const { files, ignored } = listBpbacFiles(dir);
  const known = BPBAC_COLUMNS.map((c) => c.name);
  const fileReports: FileValidation[] = [];
  const issues: ValidationIssue[] = [];
  const notices: ValidationNotice[] = [];
  const unknown = new Map<string, UnknownCodeCount>();
  const rejectParts: pl.DataFrame[] = [];
  const accepted: pl.DataFrame[] = [];
  const extras: string[] = [];
  if (ignored.length > 0)
    notices.push({ code: "ignored-files", message: messages().sise.notices.notBpbacFiles(ignored) });

  for (const file of files) {
    const raw = file.format === "csv" ? readRawCsv(file, encoding, known) : readRawParquet(file);
    const missingRequired = BPBAC_COLUMNS.filter((s) => s.required && !raw.columns.includes(s.name)).map(
      (s) => s.name,
    );
    if (missingRequired.length > 0) {
      throw new InputError(
        messages().sise.read.missingRequired(missingRequired),
        { file: file.path, line: file.format === "csv" ? 1 : undefined, column: missingRequired[0] },
        messages().sise.read.missingRequiredHint(missingRequired.length, raw.columns),
      );
    }
    const missingOptional = BPBAC_COLUMNS.filter((s) => !s.required && !raw.columns.includes(s.name)).map(
      (s) => s.name,
    );
    const extraColumns = raw.columns.filter((c) => !known.includes(c));
    for (const c of extraColumns) if (!extras.includes(c)) extras.push(c);
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
      pl.lit(file.path).alias("__file"),
      pl.lit(file.rentree).cast(pl.Int32).alias("__file_rentree"),
    );
    const checks = prepareChecks(bpbacFileChecks(raw, extraColumns, strictCodes));
    const outcome = evaluateChecks(frame, checks, "bpbac", maxExamples, file.path);
    issues.push(...outcome.issues);
    rejectParts.push(outcome.rejects);
    for (const u of outcome.unknownCodes) {
      const spec = BPBAC_COLUMNS.find((s) => s.name === u.column);
      const key = `${u.column}|${u.code}`;
      const entry = unknown.get(key) ?? {
        source: "bpbac",
        column: u.column,
        codeList: spec?.codes ?? "",
        code: u.code,
        count: 0,
        files: [],
      };
      entry.count += u.count;
      entry.files.push(file.path);
      unknown.set(key, entry);
    }
    accepted.push(outcome.accepted.select(...castToSchemaExprs(BPBAC_COLUMNS, extraColumns)));
    fileReports.push({
      file: file.name,
      source: "bpbac",
      rentree: file.rentree,
      format: file.format,
      ...(raw.csv ? { encoding: raw.csv.encoding, bom: raw.csv.bom, delimiter: raw.csv.delimiter } : {}),
      columns: raw.columns,
      extraColumns,
      missingOptionalColumns: missingOptional,
      emptyLinesSkipped: raw.emptyLinesSkipped,
      rowsRead: raw.frame.height,
      rowsAccepted: outcome.accepted.height,
      rowsRejected: outcome.rejectedRows,
    });
  }

  const all = accepted.length
    ? pl.concat(accepted, { how: "diagonal" })
    : emptySiseFrame(BPBAC_COLUMNS).withColumns(
        pl.lit(null).cast(pl.Utf8).alias("__file"),
        pl.lit(null).cast(pl.Int32).alias("__line"),
      );
  const duplicates = prepareChecks([
    duplicateCheck("enrolment", ["id_etu", "rentree", "formation", "etabli"]),
  ]);
  issues.push(...evaluateChecks(all, duplicates, "bpbac", maxExamples).issues);

  const rejects = rejectParts.length ? pl.concat(rejectParts, { how: "vertical" }) : emptyRejects();
  if (options.rejectsFile !== undefined) writeRejectsCsv(rejects, options.rejectsFile);
  const totals = sumRows(fileReports);
  return {
    enrolments: all.drop([...LOCATION_COLUMNS]),
    rejects,
    report: {
      input: dir,
      options: { encoding, strictCodes },
      files: fileReports,
      ignoredFiles: ignored,
      totals,
      issues,
      unknownCodes: [...unknown.values()],
      notices,
      ok: totals.rowsRejected === 0,
    },
  };
}

/** The rules applied to one BPBAC file, in the order their problems are reported. */
function bpbacFileChecks(raw: RawTable, extraColumns: readonly string[], strictCodes: boolean): RowCheck[] {
  const checks = columnSpecChecks(BPBAC_COLUMNS);
  checks.push(uaiCheck("etabli"), studentIdCheck());
  for (const spec of BPBAC_COLUMNS) {
    if (spec.name === "type_classe") checks.push(classTypeCheck());
    else if (spec.codes) checks.push(knownCodeCheck({ ...spec, codes: spec.codes }, strictCodes));
  }
  checks.push(rentreeFileCheck());
  for (const column of [...known(), ...extraColumns]) {
    checks.push(valueLengthCheck(column));
    if (column !== "rentree") checks.push(formulaLikeCheck(column));
  }
  return withFieldCountCheck(raw, checks);
}

function known(): string[] {
  return BPBAC_COLUMNS.map((c) => c.name);
}
