import { readFileSync } from "node:fs";
import { decodeCsvText } from "../core/decode-csv-text.js";
import { InputError } from "../core/errors.js";
import { defineSequences } from "./define-sequences.js";
import type { MissingTreatment, SequenceSet } from "./sequence-set.js";

/**
 * Options of {@link readSequenceCsv}.
 *
 * @example
 * const options: SequenceCsvOptions = { id: "id", columns: "Sep.93:Jun.99", weights: "weight" };
 */
export interface SequenceCsvOptions {
  /** Column holding the sequence ids. Default: none (ids are the 1-based row numbers). */
  id?: string | undefined;
  /**
   * Position columns: `FIRST:LAST` (every header column from FIRST to LAST, inclusive, in file
   * order) or a comma-separated list `y2019,y2020,y2021`. Required.
   */
  columns: string;
  /** Column holding case weights (numbers ≥ 0). Default: none. */
  weights?: string | undefined;
  /**
   * Ordered alphabet. Default: the distinct states found in the position columns, sorted with English
   * collation (as R's `sort` in an English locale) — what TraMineR's `seqdef` does without `alphabet`;
   * pass it explicitly to fix the order.
   */
  alphabet?: readonly string[] | undefined;
  /** State labels, same order as `alphabet`. Default: the codes. */
  labels?: readonly string[] | undefined;
  /** Missing cells before the first valid state. Default `"NA"`. */
  left?: MissingTreatment | undefined;
  /** Missing cells between valid states. Default `"NA"`. */
  gaps?: MissingTreatment | undefined;
  /** Missing cells after the last valid state. Default `"DEL"`. */
  right?: MissingTreatment | undefined;
}

/**
 * A parsed CSV file: header, rows of raw strings and the 1-based file line where each row starts.
 *
 * @example
 * const { header, rows } = parseCsv('a,b\n1,"x, y"\n', "f.csv");
 */
export interface ParsedCsv {
  /** Column names from the first line. */
  header: string[];
  /** Data rows, each with exactly `header.length` fields. */
  rows: string[][];
  /** `lines[i]`: 1-based line of the file where row `i` starts (the header is line 1). */
  lines: number[];
}

/**
 * Reads a wide CSV file (one row per individual, one column per position) into a {@link SequenceSet},
 * as `seqdef(data, var = FIRST:LAST, id = …, weights = …)`. The delimiter (`,` or `;`) is detected
 * from the header and the encoding (UTF-8 or Windows-1252) from the bytes. Empty cells and `NA` are
 * missing. Any bad row (wrong number of fields, unknown state, bad weight, duplicated id) raises an
 * `InputError` naming the file, line, column and value.
 *
 * @example
 * const set = readSequenceCsv("mvad.csv", { id: "id", columns: "Sep.93:Jun.99", weights: "weight" });
 */
export function readSequenceCsv(path: string, options: SequenceCsvOptions): SequenceSet {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new InputError("cannot read the file", { file: path }, "check the path and the permissions", {
      cause: error,
    });
  }
  // decodeCsvText hands back UTF-8 bytes (Windows-1252 files transcoded); sequence files are small
  // enough (one row per individual) to parse as one string.
  const parsed = parseCsv(decodeCsvText(bytes, path).utf8.toString("utf8"), path);
  return sequencesFromCsv(parsed, path, options);
}

/**
 * Builds a {@link SequenceSet} from an already parsed CSV (see {@link readSequenceCsv}).
 *
 * @example
 * const set = sequencesFromCsv(parseCsv(text, "paths.csv"), "paths.csv", { columns: "y1:y3" });
 */
export function sequencesFromCsv(parsed: ParsedCsv, file: string, options: SequenceCsvOptions): SequenceSet {
  const { header, rows, lines } = parsed;
  const columnIndex = (name: string, what: string): number => {
    const index = header.indexOf(name);
    if (index < 0) {
      const shown = header.length > 12 ? `${header.slice(0, 12).join(", ")}, …` : header.join(", ");
      throw new InputError(
        `${what} column '${name}' is not in the header`,
        { file, line: 1, column: name },
        `columns are: ${shown}`,
      );
    }
    return index;
  };
  const positionIndices = resolveColumns(options.columns, columnIndex);
  const idIndex = options.id === undefined ? undefined : columnIndex(options.id, "id");
  const weightIndex = options.weights === undefined ? undefined : columnIndex(options.weights, "weights");

  const cells = rows.map((row) => positionIndices.map((index) => row[index] as string));
  const alphabet = options.alphabet ?? observedStates(cells);
  const ids = rows.map((row, i) => (idIndex === undefined ? String(i + 1) : (row[idIndex] as string)));
  const seen = new Map<string, number>();
  ids.forEach((id, i) => {
    const previous = seen.get(id);
    if (previous !== undefined) {
      throw new InputError(
        `id already used on line ${lines[previous]}`,
        { file, line: lines[i], column: options.id, value: id },
        "give each sequence a distinct id",
      );
    }
    seen.set(id, i);
  });
  let weights: number[] | undefined;
  if (weightIndex !== undefined) {
    weights = rows.map((row, i) => {
      const raw = (row[weightIndex] as string).trim();
      const value = raw === "" ? Number.NaN : Number(raw);
      if (!Number.isFinite(value) || value < 0) {
        throw new InputError(
          "a weight must be a number ≥ 0",
          { file, line: lines[i], column: options.weights, value: raw },
          "fix the weight or remove the row",
        );
      }
      return value;
    });
  }
  return defineSequences(cells, {
    alphabet,
    labels: options.labels,
    ids,
    weights,
    positions: positionIndices.map((index) => header[index] as string),
    left: options.left,
    gaps: options.gaps,
    right: options.right,
    file,
    lines,
  });
}

function resolveColumns(spec: string, columnIndex: (name: string, what: string) => number) {
  const range = spec.split(":");
  if (range.length === 2 && !spec.includes(",")) {
    const first = columnIndex(range[0] as string, "first position");
    const last = columnIndex(range[1] as string, "last position");
    if (last < first) {
      throw new InputError(
        `column '${range[1]}' comes before '${range[0]}' in the header`,
        { file: "--columns", value: spec },
        "write the range as FIRST:LAST in file order",
      );
    }
    return Array.from({ length: last - first + 1 }, (_, k) => first + k);
  }
  if (range.length > 2) {
    throw new InputError("bad column range", { file: "--columns", value: spec }, "write FIRST:LAST or a,b,c");
  }
  return spec.split(",").map((name) => columnIndex(name.trim(), "position"));
}

const MISSING_CELLS = new Set(["", "NA", "*"]);

function observedStates(cells: readonly (readonly string[])[]): string[] {
  const states = new Set<string>();
  for (const row of cells) for (const cell of row) if (!MISSING_CELLS.has(cell)) states.add(cell);
  // R sorts strings with the locale's collation (en_US in TraMineR's examples): case-insensitive
  // first, so mvad gives employment, FE, HE… A fixed "en" collator keeps the order machine-independent.
  return [...states].sort(new Intl.Collator("en").compare);
}

/**
 * Parses CSV text (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes). The delimiter
 * is `;` when the header holds more `;` than `,` outside quotes, else `,`. A row whose field count
 * differs from the header's raises an `InputError` naming its line. Blank lines are skipped.
 *
 * @example
 * parseCsv('id;y1\n"a";EM\n', "paths.csv").rows; // [["a", "EM"]]
 */
export function parseCsv(text: string, file: string): ParsedCsv {
  const firstLineEnd = text.indexOf("\n");
  const headerLine = firstLineEnd < 0 ? text : text.slice(0, firstLineEnd);
  const unquoted = headerLine.replace(/"[^"]*"/g, "");
  const delimiter = (unquoted.match(/;/g)?.length ?? 0) > (unquoted.match(/,/g)?.length ?? 0) ? ";" : ",";
  const records: { fields: string[]; line: number }[] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === "")) records.push({ fields, line: recordLine });
    fields = [];
    field = "";
  };
  while (i < text.length) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (c === "\n") line++;
        field += c;
      }
      i++;
      continue;
    }
    if (c === '"') quoted = true;
    else if (c === delimiter) {
      fields.push(field);
      field = "";
    } else if (c === "\n") {
      endRecord();
      line++;
      recordLine = line;
    } else if (c !== "\r") field += c;
    i++;
  }
  if (quoted) {
    throw new InputError("a quoted field is not closed", { file, line: recordLine }, "close the quotes");
  }
  if (field !== "" || fields.length > 0) endRecord();
  const [head, ...body] = records;
  if (!head)
    throw new InputError("the file is empty", { file }, "give a header line and one row per sequence");
  for (const record of body) {
    if (record.fields.length !== head.fields.length) {
      throw new InputError(
        `${record.fields.length} fields where the header has ${head.fields.length}`,
        { file, line: record.line, value: record.fields.join(delimiter) },
        "check the delimiters and quotes on this line",
      );
    }
  }
  return {
    header: head.fields.map((name) => name.trim()),
    rows: body.map((record) => record.fields),
    lines: body.map((record) => record.line),
  };
}
