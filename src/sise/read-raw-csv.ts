import { readFileSync } from "node:fs";
import pl from "nodejs-polars";
import { type CsvEncoding, decodeCsvText } from "../core/decode-csv-text.js";
import { InputError } from "../core/errors.js";
import { messages } from "../core/i18n/messages.js";
import { detectDelimiter, normaliseColumnName } from "./detect-delimiter.js";
import type { SourceFile } from "./list-sise-files.js";
import type { RawTable } from "./raw-table.js";
import { scanCsvRecords, splitCsvLine } from "./scan-csv-records.js";

/**
 * Reads a SISE CSV file as strings: decodes it (UTF-8 with or without BOM, or Windows-1252),
 * detects the delimiter, lower-cases the header, and records the line and field count of every
 * row so that later checks can name them. Blank lines are skipped and counted.
 *
 * @param file the file to read
 * @param encoding default `"auto"`
 * @param knownColumns lower-case SISE column names, to settle the delimiter when both occur
 * @throws InputError for an empty file, an undetectable delimiter, a header with an empty or
 * duplicated column name, an unclosed quote, or bytes that are not UTF-8 when `encoding` is `"utf8"`
 * @example
 * const raw = readRawCsv(file, "auto", INSCRIPTION_COLUMNS.map((c) => c.name));
 */
export function readRawCsv(
  file: SourceFile,
  encoding: CsvEncoding,
  knownColumns: readonly string[],
): RawTable {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file.path);
  } catch (error) {
    throw new InputError(
      messages().sise.read.cannotRead((error as NodeJS.ErrnoException).code ?? String(error)),
      { file: file.path },
      messages().sise.read.cannotReadHint,
      { cause: error },
    );
  }
  const decoded = decodeCsvText(bytes, file.path, encoding);
  const body = decoded.utf8;
  if (isBlank(body)) {
    throw new InputError(
      messages().sise.read.emptyFile(bytes.length),
      { file: file.path },
      messages().sise.read.emptyFileHint,
    );
  }
  const firstBreak = body.indexOf(0x0a);
  const headerLine = body
    .subarray(0, firstBreak === -1 ? body.length : firstBreak)
    .toString("utf8")
    .replace(/\r$/, "");
  const delimiter = detectDelimiter(headerLine, file.path, knownColumns);
  const columns = splitCsvLine(headerLine, delimiter).map(normaliseColumnName);
  checkHeader(columns, file.path, headerLine);

  // Field counts and line numbers: polars pads short rows and cuts long ones silently, so they are
  // computed apart. Plain files (no quote) have one record per line and are laid out by polars.
  const layout =
    body.includes(0x22) || body.includes(0x1f)
      ? scanCsvRecords(body, delimiter, file.path)
      : plainLayout(body, delimiter);
  let frame: pl.DataFrame;
  try {
    frame = pl.readCSV(body, {
      sep: delimiter,
      hasHeader: true,
      inferSchemaLength: 0,
      missingIsNull: true,
      quoteChar: '"',
    });
  } catch (error) {
    throw new InputError(
      messages().sise.read.cannotParseCsv(firstLine(error)),
      { file: file.path },
      messages().sise.read.cannotParseCsvHint,
      { cause: error },
    );
  }
  const rows = layout.lines.length - 1;
  if (frame.height !== rows || frame.width !== columns.length) {
    throw new InputError(
      messages().sise.read.unreliableRows(frame.height, rows),
      { file: file.path },
      messages().sise.read.unreliableRowsHint,
    );
  }
  frame = frame.rename(Object.fromEntries(frame.columns.map((name, i) => [name, columns[i]!])));
  frame = frame.withColumns(
    pl.Series("__line", layout.lines.subarray(1), pl.Int32),
    pl.Series("__fields", layout.fields.subarray(1), pl.Int32),
    pl.Series(
      "__empty",
      Array.from(layout.empty.subarray(1), (e) => e === 1),
      pl.Bool,
    ),
  );
  const emptyLinesSkipped = layout.empty.subarray(1).reduce((a, b) => a + b, 0);
  if (emptyLinesSkipped > 0) frame = frame.filter(pl.col("__empty").not());
  return {
    file,
    frame: frame.drop("__empty"),
    columns,
    expectedFields: columns.length,
    csv: {
      encoding: decoded.encoding,
      bom: decoded.bom,
      delimiter,
      ...(decoded.fallback ? { fallback: decoded.fallback } : {}),
    },
    emptyLinesSkipped,
  };
}

function checkHeader(columns: string[], file: string, headerLine: string): void {
  const seen = new Map<string, number>();
  columns.forEach((name, i) => {
    if (name === "") {
      throw new InputError(
        messages().sise.read.unnamedColumn(i + 1),
        { file, line: 1, value: headerLine },
        messages().sise.read.unnamedColumnHint,
      );
    }
    const previous = seen.get(name);
    if (previous !== undefined) {
      throw new InputError(
        messages().sise.read.columnTwice(previous + 1, i + 1),
        { file, line: 1, column: name },
        messages().sise.read.renameOneHint,
      );
    }
    seen.set(name, i);
  });
}

/** Lays out a file without quotes: one record per line; fields = delimiters + 1 (counted by polars). */
function plainLayout(
  body: Buffer,
  delimiter: string,
): { lines: Int32Array; fields: Int32Array; empty: Uint8Array } {
  const lines = pl.readCSV(body, {
    sep: "\u001f",
    hasHeader: false,
    inferSchemaLength: 0,
    missingIsNull: true,
    quoteChar: '"',
  });
  const line = pl.col(lines.columns[0]!);
  // Delimiters per line = length with them − length without them (a literal replace; a regex
  // counting them is 40 times slower on a national-size file).
  const withDelimiters = line.str.lengths().cast(pl.Int32);
  const withoutDelimiters = line.str.replaceAll(delimiter, "", true).str.lengths().cast(pl.Int32);
  const stats = lines.select(
    withDelimiters.minus(withoutDelimiters).fillNull(0).plus(1).cast(pl.Int32).alias("fields"),
    line
      .isNull()
      .or(line.eq(pl.lit("\r")))
      .alias("empty"),
  );

  const n = stats.height;
  return {
    lines: Int32Array.from({ length: n }, (_, i) => i + 1),
    fields: Int32Array.from(stats.getColumn("fields").toArray() as number[]),
    empty: Uint8Array.from(stats.getColumn("empty").toArray() as boolean[], (b) => (b ? 1 : 0)),
  };
}

/** Whether the bytes hold only spaces, tabs and line breaks. */
function isBlank(body: Buffer): boolean {
  for (const b of body) if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) return false;
  return true;
}

function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split("\n")[0]!;
}
