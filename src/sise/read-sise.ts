import pl from "nodejs-polars";
import type { CsvEncoding } from "../core/decode-csv-text.js";
import { messages } from "../core/i18n/messages.js";
import { releaseMemory } from "../core/release-memory.js";
import { emptySiseFrame, LOCATION_COLUMNS, readDecimalColumn } from "./cast-to-schema-exprs.js";
import { runCrossChecks } from "./cross-checks.js";
import { emptyRejects } from "./evaluate-checks.js";
import { trimFilePlanCache } from "./file-plan.js";
import { listSiseFiles, type SiseSource } from "./list-sise-files.js";
import { newSiseReading, readSiseFile, type SiseReading } from "./read-sise-file.js";
import { INSCRIPTION_COLUMNS, RESULTAT_COLUMNS, type SiseColumnSpec } from "./schema.js";
import { sumRows } from "./sum-rows.js";
import type { ValidationNotice, ValidationReport } from "./validation-report.js";
import { writeRejectsCsv } from "./write-rejects-csv.js";

/**
 * Options of {@link readSise} and {@link validateSise}.
 *
 * @example
 * readSise("extract/", { encoding: "latin1", strictCodes: true, rejectsFile: "rejects.csv" });
 */
export interface ReadSiseOptions {
  /** CSV text encoding; default `"auto"` (UTF-8 with or without BOM, else Windows-1252 with a notice). */
  encoding?: CsvEncoding;
  /** Reject rows holding codes that are not in the code lists; default `false` (reported only). */
  strictCodes?: boolean;
  /** When set, rejected rows are written there as CSV (file, line, column, value, reason, message). */
  rejectsFile?: string;
  /** Located examples kept per issue in the report; default 5. */
  maxExamples?: number;
  /**
   * Return the text columns of the data model as `Categorical` (4 bytes a value) instead of
   * `Utf8`: about 4 times less memory for the extract and faster joins and group-bys, which is
   * what makes a national extract (30 M enrolments) fit in a few gigabytes. Every toolkit
   * function accepts either form; compare codes with `pl.col("typ_dipl").eq(pl.lit("XA"))` as
   * usual, and cast to `pl.Utf8` before string functions (`.str`). Extra columns stay text.
   * Default `false`.
   */
  compact?: boolean;
  /**
   * Return only these columns (data-model or extra; names absent from a source are ignored).
   * Every column of every row is still validated: only the output is narrower, which saves the
   * memory of the columns a job does not read. Default: every column.
   */
  columns?: readonly string[];
  /** Called before each file and each check across files, with what is being done. Default: silent. */
  progress?: (step: string) => void;
}

/**
 * A SISE extract read and validated.
 *
 * @example
 * const { inscriptions, resultats, rejects, report } = readSise("data/sise");
 */
export interface SiseExtract {
  /** Accepted enrolments: data-model columns and types (docs/data-model.md), then extra columns. */
  inscriptions: pl.DataFrame;
  /** Accepted results: data-model columns and types, then extra columns. */
  resultats: pl.DataFrame;
  /** One row per rejected row and failed rule: file, line, column, value, reason, message. */
  rejects: pl.DataFrame;
  /** Row accounting, problems, unknown codes and notices. */
  report: ValidationReport;
}

/**
 * Reads and validates a folder of yearly SISE files (`inscriYY`, `resultYY`; CSV with `,` or `;`,
 * UTF-8 with or without BOM or Windows-1252, or Parquet; header case-insensitive; extra columns
 * kept). Every row is either accepted — and returned with the data-model types — or rejected with
 * its reason; the report's row accounting proves it (rows read = accepted + rejected, per file
 * and in total). Duplicates and incoherences across rows (sex or birth year changing for one id,
 * several principal enrolments, results without an enrolment, ids differing only by case) are
 * reported, never fixed. Unknown codes are reported with counts, and rejected with `strictCodes`.
 *
 * @param dir the extract folder
 * @param options see {@link ReadSiseOptions}
 * @throws InputError (exit code 3) when a file cannot be read as a table at all: empty file,
 * undetectable delimiter, missing required column, duplicated header, corrupt Parquet…
 * @example
 * const { inscriptions, report } = readSise("data/sise");
 * console.log(formatValidationReport(report));
 */
export function readSise(dir: string, options: ReadSiseOptions = {}): SiseExtract {
  const steps = readSiseSteps(dir, options);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * {@link readSise} for large extracts: the same result, but it gives the memory of each file's
 * text frames back (see `releaseMemory`) before reading the next one, which a synchronous call
 * cannot do. With `compact: true`, the peak memory is then that of the compact extract plus one
 * file, instead of every file's text frames at once.
 *
 * @example
 * const { inscriptions, resultats, report } = await readSiseAsync("national/", { compact: true });
 */
export async function readSiseAsync(dir: string, options: ReadSiseOptions = {}): Promise<SiseExtract> {
  const steps = readSiseSteps(dir, options);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    // Small files leave little to give back: collect only once the resident memory has grown.
    await releaseMemory({ ifGrownBy: 256 * 2 ** 20 });
  }
}

/** The reading, as steps: it pauses after each file and each check across files. */
function* readSiseSteps(dir: string, options: ReadSiseOptions): Generator<void, SiseExtract> {
  const encoding = options.encoding ?? "auto";
  const strictCodes = options.strictCodes ?? false;
  const maxExamples = options.maxExamples ?? 5;
  const compact = options.compact ?? false;
  const { files, ignored } = listSiseFiles(dir);
  const reading = newSiseReading();
  const { fileReports, issues, notices } = reading;
  trimFilePlanCache();

  if (ignored.length > 0)
    notices.push({ code: "ignored-files", message: messages().sise.notices.notSiseFiles(ignored) });

  const progress = options.progress ?? (() => {});
  const settings = { encoding, strictCodes, maxExamples, compact, columns: options.columns };
  for (const [index, file] of files.entries()) {
    progress(messages().sise.progress.readingFile(file.name, index + 1, files.length));
    readSiseFile(file, settings, reading);
    // The file's text frames are garbage now: their memory can be given back.
    yield;
  }
  noteTypeChanges(reading);

  let inscriptions = combine(reading.accepted.inscriptions, INSCRIPTION_COLUMNS);
  let resultats = deriveMissingSession(combine(reading.accepted.resultats, RESULTAT_COLUMNS), reading);

  yield* runCrossChecks(inscriptions, resultats, issues, maxExamples, progress);

  const returned = (frame: pl.DataFrame) =>
    options.columns
      ? frame.select(...frame.columns.filter((c) => options.columns!.includes(c)))
      : frame.drop([...LOCATION_COLUMNS]);
  inscriptions = returned(inscriptions);
  resultats = returned(resultats);
  const presentExtras = (source: SiseSource, frame: pl.DataFrame) =>
    reading.extras[source].filter((c) => frame.columns.includes(c));
  ({ frame: inscriptions } = readDecimalColumns(
    inscriptions,
    presentExtras("inscriptions", inscriptions),
    notices,
  ));
  ({ frame: resultats } = readDecimalColumns(resultats, presentExtras("resultats", resultats), notices));

  const totals = {
    inscriptions: sumRows(fileReports.filter((f) => f.source === "inscriptions")),
    resultats: sumRows(fileReports.filter((f) => f.source === "resultats")),
    all: sumRows(fileReports),
  };
  const rejects = reading.rejectParts.length
    ? pl.concat(reading.rejectParts, { how: "vertical" })
    : emptyRejects();
  const report: ValidationReport = {
    input: dir,
    options: { encoding, strictCodes },
    files: fileReports,
    ignoredFiles: ignored,
    totals,
    issues,
    unknownCodes: [...reading.unknown.values()],
    notices,
    ok: totals.all.rowsRejected === 0,
  };
  if (options.rejectsFile !== undefined) writeRejectsCsv(rejects, options.rejectsFile);
  return {
    inscriptions,
    resultats,
    rejects,
    report,
  };
}

/**
 * Validates a SISE extract folder and returns only the report (see {@link readSise}).
 *
 * @example
 * const report = validateSise("extract/", { strictCodes: true });
 * if (!report.ok) console.log(formatValidationReport(report));
 */
export function validateSise(dir: string, options: ReadSiseOptions = {}): ValidationReport {
  return readSise(dir, options).report;
}

/** Notes the columns stored with different types across the years of one source. */
function noteTypeChanges({ sourceTypes, notices }: SiseReading): void {
  for (const source of ["inscriptions", "resultats"] as const) {
    for (const [column, types] of sourceTypes[source]) {
      const distinct = new Set(types.map((t) => t.split(": ")[1]));
      if (distinct.size > 1) {
        notices.push({
          code: "type-changes",
          message: messages().sise.notices.typeChanges(column, types),
        });
      }
    }
  }
}

/** Sets a missing `session` to rentree + 1 when some résultats files have no session column. */
function deriveMissingSession(resultats: pl.DataFrame, { fileReports, notices }: SiseReading): pl.DataFrame {
  if (
    resultats.height > 0 &&
    fileReports.some((f) => f.source === "resultats" && f.missingOptionalColumns.includes("session"))
  ) {
    resultats = resultats.withColumns(
      pl
        .col("session")
        .fillNull(pl.col("rentree").plus(pl.lit(1)))
        .cast(pl.Int32)
        .alias("session"),
    );
    notices.push({
      code: "session-derived",
      message: messages().sise.notices.sessionDerived,
    });
  }
  return resultats;
}

function combine(frames: pl.DataFrame[], specs: readonly SiseColumnSpec[]): pl.DataFrame {
  if (frames.length === 0) {
    return emptySiseFrame(specs).withColumns(
      pl.lit(null).cast(pl.Utf8).alias("__file"),
      pl.lit(null).cast(pl.Int32).alias("__line"),
    );
  }
  return pl.concat(frames, { how: "diagonal" });
}

function readDecimalColumns(
  frame: pl.DataFrame,
  extraColumns: readonly string[],
  notices: ValidationNotice[],
): { frame: pl.DataFrame } {
  for (const column of extraColumns) {
    const result = readDecimalColumn(frame, column);
    frame = result.frame;
    if (result.converted) {
      notices.push({
        code: "decimal-column",
        message: messages().sise.notices.decimalColumn(column, result.decimalComma),
      });
    }
  }
  return { frame };
}
