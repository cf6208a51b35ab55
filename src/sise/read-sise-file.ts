import pl from "nodejs-polars";
import type { CsvEncoding } from "../core/decode-csv-text.js";
import { InputError } from "../core/errors.js";
import { messages } from "../core/i18n/messages.js";
import { keepColumn } from "./cross-checks.js";
import { evaluateChecks } from "./evaluate-checks.js";
import { filePlan } from "./file-plan.js";
import type { SiseFile, SiseSource } from "./list-sise-files.js";
import { noteHowFileWasRead } from "./note-how-file-was-read.js";
import type { RawTable } from "./raw-table.js";
import { readRawCsv } from "./read-raw-csv.js";
import { readRawParquet } from "./read-raw-parquet.js";
import { INSCRIPTION_COLUMNS, RESULTAT_COLUMNS, type SiseColumnSpec } from "./schema.js";
import type {
  FileValidation,
  UnknownCodeCount,
  ValidationIssue,
  ValidationNotice,
} from "./validation-report.js";

/**
 * What reading the files of an extract gathers, file after file.
 *
 * @example
 * const reading = newSiseReading();
 */
export interface SiseReading {
  fileReports: FileValidation[];
  issues: ValidationIssue[];
  notices: ValidationNotice[];
  unknown: Map<string, UnknownCodeCount>;
  rejectParts: pl.DataFrame[];
  accepted: Record<SiseSource, pl.DataFrame[]>;
  extras: Record<SiseSource, string[]>;
  sourceTypes: Record<SiseSource, Map<string, string[]>>;
}

/**
 * An empty {@link SiseReading}.
 *
 * @example
 * const reading = newSiseReading();
 */
export function newSiseReading(): SiseReading {
  return {
    fileReports: [],
    issues: [],
    notices: [],
    unknown: new Map(),
    rejectParts: [],
    accepted: { inscriptions: [], resultats: [] },
    extras: { inscriptions: [], resultats: [] },
    sourceTypes: { inscriptions: new Map(), resultats: new Map() },
  };
}

/**
 * Settings of {@link readSiseFile}, resolved from the reader's options.
 *
 * @example
 * const settings: SiseFileSettings = { encoding: "auto", strictCodes: false, maxExamples: 5, compact: false };
 */
export interface SiseFileSettings {
  encoding: CsvEncoding;
  strictCodes: boolean;
  maxExamples: number;
  compact: boolean;
  columns?: readonly string[] | undefined;
}

const SPECS: Record<SiseSource, readonly SiseColumnSpec[]> = {
  inscriptions: INSCRIPTION_COLUMNS,
  resultats: RESULTAT_COLUMNS,
};

/**
 * Reads and checks one SISE file: its accepted rows (data-model types), rejects, problems, unknown
 * codes, notices and row accounting are added to `reading`.
 *
 * @throws InputError when a required column is missing (or the file cannot be read as a table)
 * @example
 * readSiseFile(file, { encoding: "auto", strictCodes: false, maxExamples: 5, compact: false }, reading);
 */
export function readSiseFile(file: SiseFile, settings: SiseFileSettings, reading: SiseReading): void {
  const specs = SPECS[file.source];
  const known = specs.map((s) => s.name);
  const raw = file.format === "csv" ? readRawCsv(file, settings.encoding, known) : readRawParquet(file);
  checkRequiredColumns(file, raw, specs);
  const missingOptional = specs
    .filter((s) => !s.required && !raw.columns.includes(s.name))
    .map((s) => s.name);
  const extraColumns = raw.columns.filter((c) => !known.includes(c));
  const extras = reading.extras[file.source];
  for (const c of extraColumns) if (!extras.includes(c)) extras.push(c);
  noteHowFileWasRead(raw, missingOptional, reading.notices);
  recordSourceTypes(file, raw, reading.sourceTypes[file.source]);

  const plan = filePlan(file, raw, specs, missingOptional, extraColumns, settings.strictCodes);
  let frame = raw.frame.withColumns(
    ...plan.normalise,
    pl.lit(file.path).alias("__file"),
    pl.lit(file.rentree).cast(pl.Int32).alias("__file_rentree"),
  );
  const outcome = evaluateChecks(frame, plan.checks, file.source, settings.maxExamples, file.path);
  frame = outcome.accepted;
  reading.issues.push(...outcome.issues);
  reading.rejectParts.push(outcome.rejects);
  countUnknownCodes(outcome.unknownCodes, file, specs, reading.unknown);
  let typed = frame.select(...plan.cast);
  const wanted = settings.columns;
  if (wanted) typed = typed.select(...typed.columns.filter((c) => keepColumn(c, wanted)));
  if (settings.compact)
    typed = typed.withColumns(
      ...plan.compact.filter(([name]) => typed.columns.includes(name)).map(([, cast]) => cast),
    );
  reading.accepted[file.source].push(typed);
  reading.fileReports.push({
    file: file.name,
    source: file.source,
    rentree: file.rentree,
    format: file.format,
    ...(raw.csv ? { encoding: raw.csv.encoding, bom: raw.csv.bom, delimiter: raw.csv.delimiter } : {}),
    columns: raw.columns,
    extraColumns,
    missingOptionalColumns: missingOptional,
    emptyLinesSkipped: raw.emptyLinesSkipped,
    rowsRead: raw.frame.height,
    rowsAccepted: frame.height,
    rowsRejected: outcome.rejectedRows,
  });
}

function checkRequiredColumns(file: SiseFile, raw: RawTable, specs: readonly SiseColumnSpec[]): void {
  const missingRequired = specs.filter((s) => s.required && !raw.columns.includes(s.name)).map((s) => s.name);
  if (missingRequired.length > 0) {
    throw new InputError(
      messages().sise.read.missingRequired(missingRequired),
      { file: file.path, line: file.format === "csv" ? 1 : undefined, column: missingRequired[0] },
      messages().sise.read.missingRequiredHint(missingRequired.length, raw.columns),
    );
  }
}

function recordSourceTypes(file: SiseFile, raw: RawTable, sourceTypes: Map<string, string[]>): void {
  if (!raw.sourceTypes) return;
  for (const [column, type] of Object.entries(raw.sourceTypes)) {
    const list = sourceTypes.get(column) ?? [];
    list.push(`${file.name}: ${type}`);
    sourceTypes.set(column, list);
  }
}

function countUnknownCodes(
  unknownCodes: readonly { column: string; code: string; count: number }[],
  file: SiseFile,
  specs: readonly SiseColumnSpec[],
  unknown: Map<string, UnknownCodeCount>,
): void {
  for (const u of unknownCodes) {
    const spec = specs.find((s) => s.name === u.column);
    const key = `${file.source}|${u.column}|${u.code}`;
    const entry = unknown.get(key) ?? {
      source: file.source,
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
}
