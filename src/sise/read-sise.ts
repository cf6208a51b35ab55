import pl from "nodejs-polars";
import type { CsvEncoding } from "../core/decode-csv-text.js";
import { InputError } from "../core/errors.js";
import { releaseMemory } from "../core/release-memory.js";
import {
  castToSchemaExprs,
  emptySiseFrame,
  LOCATION_COLUMNS,
  readDecimalColumn,
} from "./cast-to-schema-exprs.js";
import { ageCheck } from "./checks/age-check.js";
import { bacYearCheck } from "./checks/bac-year-check.js";
import { duplicateCheck } from "./checks/duplicate-check.js";
import { fieldCountCheck } from "./checks/field-count-check.js";
import { formulaLikeCheck } from "./checks/formula-like-check.js";
import { idCaseCheck } from "./checks/id-case-check.js";
import { integerCheck } from "./checks/integer-check.js";
import { knownCodeCheck } from "./checks/known-code-check.js";
import { missingValueCheck } from "./checks/missing-value-check.js";
import { rangeCheck } from "./checks/range-check.js";
import { rentreeFileCheck } from "./checks/rentree-file-check.js";
import { resultEnrolmentCheck, withEnrolmentFlag } from "./checks/result-enrolment-check.js";
import type { RowCheck } from "./checks/row-check.js";
import { sessionCheck } from "./checks/session-check.js";
import { severalPrincipalCheck } from "./checks/several-principal-check.js";
import { stableAttributeCheck } from "./checks/stable-attribute-check.js";
import { studentIdCheck } from "./checks/student-id-check.js";
import { uaiCheck } from "./checks/uai-check.js";
import { valueLengthCheck } from "./checks/value-length-check.js";
import { emptyRejects, evaluateChecks, type PreparedChecks, prepareChecks } from "./evaluate-checks.js";
import { listSiseFiles, type SiseFile, type SiseSource } from "./list-sise-files.js";
import type { RawTable } from "./raw-table.js";
import { readRawCsv } from "./read-raw-csv.js";
import { readRawParquet } from "./read-raw-parquet.js";
import { INSCRIPTION_COLUMNS, RESULTAT_COLUMNS, type SiseColumnSpec } from "./schema.js";
import type {
  FileValidation,
  RowAccounting,
  UnknownCodeCount,
  ValidationIssue,
  ValidationNotice,
  ValidationReport,
} from "./validation-report.js";
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

const SPECS: Record<SiseSource, readonly SiseColumnSpec[]> = {
  inscriptions: INSCRIPTION_COLUMNS,
  resultats: RESULTAT_COLUMNS,
};

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

  const fileReports: FileValidation[] = [];
  const issues: ValidationIssue[] = [];
  const notices: ValidationNotice[] = [];
  const unknown = new Map<string, UnknownCodeCount>();
  const rejectParts: pl.DataFrame[] = [];
  const accepted: Record<SiseSource, pl.DataFrame[]> = { inscriptions: [], resultats: [] };
  const extras: Record<SiseSource, string[]> = { inscriptions: [], resultats: [] };
  const sourceTypes: Record<SiseSource, Map<string, string[]>> = {
    inscriptions: new Map(),
    resultats: new Map(),
  };
  const plans = PLAN_CACHE;
  if (plans.size > 64) plans.clear();

  if (ignored.length > 0)
    notices.push({ code: "ignored-files", message: `not SISE files, ignored: ${ignored.join(", ")}` });

  const progress = options.progress ?? (() => {});
  for (const [index, file] of files.entries()) {
    progress(`reading and checking ${file.name} (${index + 1} of ${files.length})`);
    const specs = SPECS[file.source];
    const known = specs.map((s) => s.name);
    const raw = file.format === "csv" ? readRawCsv(file, encoding, known) : readRawParquet(file);
    const missingRequired = specs
      .filter((s) => s.required && !raw.columns.includes(s.name))
      .map((s) => s.name);
    if (missingRequired.length > 0) {
      throw new InputError(
        `required column${missingRequired.length > 1 ? "s" : ""} missing: ${missingRequired.join(", ")}`,
        { file: file.path, line: file.format === "csv" ? 1 : undefined, column: missingRequired[0] },
        `add ${missingRequired.length > 1 ? "them" : "it"} to the file (names are case-insensitive; the header has: ${raw.columns.join(", ")})`,
      );
    }
    const missingOptional = specs
      .filter((s) => !s.required && !raw.columns.includes(s.name))
      .map((s) => s.name);
    const extraColumns = raw.columns.filter((c) => !known.includes(c));
    for (const c of extraColumns) if (!extras[file.source].includes(c)) extras[file.source].push(c);
    noteHowFileWasRead(raw, missingOptional, notices);
    if (raw.sourceTypes) {
      for (const [column, type] of Object.entries(raw.sourceTypes)) {
        const list = sourceTypes[file.source].get(column) ?? [];
        list.push(`${file.name}: ${type}`);
        sourceTypes[file.source].set(column, list);
      }
    }

    const signature = JSON.stringify([
      file.source,
      file.format,
      raw.columns,
      raw.expectedFields,
      strictCodes,
    ]);
    let plan = plans.get(signature);
    if (plan === undefined) {
      plan = {
        // An empty text is a missing value, whether the CSV field was empty, quoted empty ("") or
        // a Parquet empty string: code and required-value checks then treat all three alike.
        normalise: [
          ...raw.columns.map((name) =>
            pl
              .when(pl.col(name).eq(pl.lit("")))
              .then(pl.lit(null).cast(pl.Utf8))
              .otherwise(pl.col(name))
              .alias(name),
          ),
          ...missingOptional.map((name) => pl.lit(null).cast(pl.Utf8).alias(name)),
        ],
        checks: prepareChecks(fileChecks(file, raw, specs, extraColumns, strictCodes)),
        cast: castToSchemaExprs(specs, extraColumns),
        compact: [...specs.filter((spec) => spec.dtype !== "Int32").map((spec) => spec.name), "__file"].map(
          (name): [string, pl.Expr] => [name, pl.col(name).cast(pl.Categorical)],
        ),
      };
      plans.set(signature, plan);
    }
    let frame = raw.frame.withColumns(
      ...plan.normalise,
      pl.lit(file.path).alias("__file"),
      pl.lit(file.rentree).cast(pl.Int32).alias("__file_rentree"),
    );
    const checks = plan.checks;
    const outcome = evaluateChecks(frame, checks, file.source, maxExamples, file.path);
    frame = outcome.accepted;
    issues.push(...outcome.issues);
    rejectParts.push(outcome.rejects);
    for (const u of outcome.unknownCodes) {
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
    let typed = frame.select(...plan.cast);
    const wanted = options.columns;
    if (wanted) typed = typed.select(...typed.columns.filter((c) => keepColumn(c, wanted)));
    if (compact)
      typed = typed.withColumns(
        ...plan.compact.filter(([name]) => typed.columns.includes(name)).map(([, cast]) => cast),
      );
    accepted[file.source].push(typed);
    fileReports.push({
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
    // The file's text frames are garbage now: their memory can be given back.
    yield;
  }

  for (const source of ["inscriptions", "resultats"] as const) {
    for (const [column, types] of sourceTypes[source]) {
      const distinct = new Set(types.map((t) => t.split(": ")[1]));
      if (distinct.size > 1) {
        notices.push({
          code: "type-changes",
          message: `column '${column}' is stored with different types across years (${types.join(", ")}); values were checked as text and cast to the data-model type`,
        });
      }
    }
  }

  let inscriptions = combine(accepted.inscriptions, INSCRIPTION_COLUMNS);
  let resultats = combine(accepted.resultats, RESULTAT_COLUMNS);
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
      message: "session was missing in some résultats files: set to rentree + 1",
    });
  }

  // Checks across rows and files: reported on the accepted rows, never fixed.
  progress("checks across files (duplicates, stable attributes, principal enrolments, id case)");
  // One rule at a time, memory released in between: each window over 30 M rows (national scale)
  // needs gigabytes of group indices, which must not all be alive at once.
  for (const [source, frame] of [
    ["inscriptions", inscriptions],
    ["resultats", resultats],
  ] as const) {
    for (const prepared of crossChecks()[source]) {
      issues.push(...evaluateChecks(frame, prepared, source, maxExamples).issues);
      yield;
    }
  }
  progress("checks across files (results without an enrolment)");
  const orphanResults = evaluateChecks(
    withEnrolmentFlag(resultats, inscriptions),
    orphanCheck(),
    "resultats",
    maxExamples,
  );
  issues.push(...orphanResults.issues);
  yield;

  const returned = (frame: pl.DataFrame) =>
    options.columns
      ? frame.select(...frame.columns.filter((c) => options.columns!.includes(c)))
      : frame.drop([...LOCATION_COLUMNS]);
  inscriptions = returned(inscriptions);
  resultats = returned(resultats);
  const presentExtras = (source: SiseSource, frame: pl.DataFrame) =>
    extras[source].filter((c) => frame.columns.includes(c));
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
  const rejects = rejectParts.length ? pl.concat(rejectParts, { how: "vertical" }) : emptyRejects();
  const report: ValidationReport = {
    input: dir,
    options: { encoding, strictCodes },
    files: fileReports,
    ignoredFiles: ignored,
    totals,
    issues,
    unknownCodes: [...unknown.values()],
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

/**
 * Expressions are costly to build in nodejs-polars, so they are built once per kind of file (same
 * source, format, header and options) and kept for the next files and calls.
 */
const PLAN_CACHE = new Map<string, FilePlan>();
let CROSS_CHECKS: Record<SiseSource, PreparedChecks[]> | undefined;

let ORPHAN_CHECK: PreparedChecks | undefined;

function orphanCheck(): PreparedChecks {
  ORPHAN_CHECK ??= prepareChecks([resultEnrolmentCheck()]);
  return ORPHAN_CHECK;
}

/** The checks across rows and files that do not depend on the data (built once). */
function crossChecks(): Record<SiseSource, PreparedChecks[]> {
  CROSS_CHECKS ??= {
    inscriptions: [
      duplicateCheck("enrolment"),
      stableAttributeCheck("sexe"),
      stableAttributeCheck("annais"),
      severalPrincipalCheck(),
      idCaseCheck(),
    ].map((check) => prepareChecks([check])),
    resultats: [duplicateCheck("result"), idCaseCheck()].map((check) => prepareChecks([check])),
  };
  return CROSS_CHECKS;
}

/** Columns the checks across rows and files read: kept until they ran, whatever `columns` asks. */
const CROSS_CHECK_COLUMNS = [
  "id_etu",
  "rentree",
  "session",
  "diplom",
  "etabli",
  "sexe",
  "annais",
  "inspr",
  ...LOCATION_COLUMNS,
];

function keepColumn(column: string, wanted: readonly string[]): boolean {
  return wanted.includes(column) || CROSS_CHECK_COLUMNS.includes(column);
}

/** Expressions prepared once for every file of the same kind. */
interface FilePlan {
  normalise: pl.Expr[];
  checks: PreparedChecks;
  cast: pl.Expr[];
  /** Casts of the text columns to `Categorical` (option `compact`), by column name. */
  compact: [string, pl.Expr][];
}

/** The rules applied to one file, in the order their problems are reported. */
function fileChecks(
  file: SiseFile,
  raw: RawTable,
  specs: readonly SiseColumnSpec[],
  extraColumns: readonly string[],
  strictCodes: boolean,
): RowCheck[] {
  const checks: RowCheck[] = [];
  for (const spec of specs) {
    if (spec.required) checks.push(missingValueCheck(spec));
    if (spec.dtype === "Int32") checks.push(integerCheck(spec));
    if (spec.range) checks.push(rangeCheck({ ...spec, range: spec.range }));
  }
  checks.push(uaiCheck("etabli"), studentIdCheck());
  if (file.source === "inscriptions") checks.push(ageCheck(), uaiCheck("compos", "warn"), bacYearCheck());
  for (const spec of specs)
    if (spec.codes) checks.push(knownCodeCheck({ ...spec, codes: spec.codes }, strictCodes));
  checks.push(rentreeFileCheck());
  if (file.source === "resultats" && raw.columns.includes("session")) checks.push(sessionCheck());
  for (const column of [...specs.map((s) => s.name), ...extraColumns]) {
    checks.push(valueLengthCheck(column));
    if (!specs.some((s) => s.name === column && s.dtype === "Int32")) checks.push(formulaLikeCheck(column));
  }
  if (file.format !== "csv") return checks;
  // A row with the wrong number of fields has its values in the wrong columns: report that alone.
  const wellFormed = pl.col("__fields").eq(pl.lit(raw.expectedFields));
  return [fieldCountCheck(raw.expectedFields), ...checks.map((c) => ({ ...c, bad: c.bad.and(wellFormed) }))];
}

/**
 * Adds to `notices` what the user should know about how a file was read (encoding fallback, BOM,
 * blank lines, no rows, optional columns filled with nulls). Shared by the SISE and BPBAC readers.
 *
 * @example
 * noteHowFileWasRead(raw, ["compos"], notices);
 */
export function noteHowFileWasRead(
  raw: RawTable,
  missingOptional: string[],
  notices: ValidationNotice[],
): void {
  const file = raw.file.path;
  if (raw.csv?.fallback) {
    const { line, byte } = raw.csv.fallback;
    notices.push({
      file,
      code: "encoding-fallback",
      message: `not valid UTF-8 (first invalid byte 0x${byte.toString(16).toUpperCase().padStart(2, "0")} on line ${line}): read as Windows-1252 (Latin-1); pass --encoding latin1 or utf8 to choose explicitly`,
    });
  }
  if (raw.csv?.bom) notices.push({ file, code: "bom", message: "UTF-8 byte-order mark found and skipped" });
  if (raw.emptyLinesSkipped > 0) {
    notices.push({
      file,
      code: "empty-lines",
      message: `${raw.emptyLinesSkipped} blank line(s) skipped (they hold no row)`,
    });
  }
  if (raw.frame.height === 0)
    notices.push({ file, code: "no-rows", message: "the file has a header but no rows" });
  if (missingOptional.length > 0) {
    notices.push({
      file,
      code: "missing-optional-columns",
      message: `optional columns absent, filled with nulls: ${missingOptional.join(", ")}`,
    });
  }
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
        message: `extra column '${column}' read as decimal numbers${result.decimalComma ? " (decimal comma)" : ""}`,
      });
    }
  }
  return { frame };
}

/**
 * Sums the row accounting of several files.
 *
 * @example
 * sumRows(report.files); // { rowsRead, rowsAccepted, rowsRejected }
 */
export function sumRows(files: RowAccounting[]): RowAccounting {
  return files.reduce(
    (acc, f) => ({
      rowsRead: acc.rowsRead + f.rowsRead,
      rowsAccepted: acc.rowsAccepted + f.rowsAccepted,
      rowsRejected: acc.rowsRejected + f.rowsRejected,
    }),
    { rowsRead: 0, rowsAccepted: 0, rowsRejected: 0 },
  );
}
