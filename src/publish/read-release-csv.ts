import { readFileSync } from "node:fs";
import pl from "nodejs-polars";
import { InputError } from "../core/errors.js";
import { detectDelimiter } from "../sise/detect-delimiter.js";
import { scanCsvRecords, splitCsvLine } from "../sise/scan-csv-records.js";
import { restoreNeutralisedText } from "./etalab-csv.js";

/** Type of a column of a released CSV, as its Table Schema names it. */
export type ReleaseColumnType = "string" | "integer" | "number";

/**
 * What {@link readReleaseCsv} expects of one file.
 *
 * @example
 * const spec: ReleaseCsvSpec = { required: ["cohorteid", "trace", "effectif"], types: { cohorteid: "integer", effectif: "integer" } };
 */
export interface ReleaseCsvSpec {
  /** Columns the file must have. Default: none. */
  required?: readonly string[];
  /** Type of the columns that are not text. Default: every column is text. */
  types?: Readonly<Record<string, ReleaseColumnType>>;
}

/**
 * Reads one CSV file of a release (ours or the producer's), `,`- or `;`-separated, into a typed
 * frame: text columns as Utf8 (the formula neutralisation of `toEtalabCsv` undone), integer
 * columns as Int64 (`12.0` read as 12: the producer's ids are not always written as integers),
 * number columns as Float64; an empty cell is null.
 *
 * @param path the file to read
 * @param file the name the errors give (relative to the release folder)
 * @throws InputError naming the file, the line and what was expected: no header, a missing
 *   column, a row with another number of fields than the header, a value of the wrong type.
 * @example
 * readReleaseCsv("out/open-data/cohortes.csv", "cohortes.csv", { required: ["cohorteid"], types: { cohorteid: "integer" } });
 */
export function readReleaseCsv(path: string, file: string, spec: ReleaseCsvSpec = {}): pl.DataFrame {
  const bytes = readFileSync(path);
  const text = bytes.toString("utf8").replace(/^\uFEFF/, "");
  const header = text.split("\n", 1)[0]!.replace(/\r$/, "");
  if (header.trim() === "") {
    throw new InputError("the file is empty", { file, line: 1 }, "expected a header line naming the columns");
  }
  const known = [...(spec.required ?? []), ...Object.keys(spec.types ?? {})];
  const delimiter = header.includes(",") || header.includes(";") ? detectDelimiter(header, file, known) : ",";
  const columns = splitCsvLine(header, delimiter).map((name) => name.trim());
  const missing = (spec.required ?? []).filter((name) => !columns.includes(name));
  if (missing.length > 0) {
    throw new InputError(
      `missing column(s) ${missing.join(", ")}`,
      { file, line: 1, value: header },
      `expected the columns ${(spec.required ?? []).join(", ")}`,
    );
  }
  const layout = scanCsvRecords(bytes, delimiter, file);
  const dataLines: number[] = [];
  for (let record = 1; record < layout.lines.length; record++) {
    if (layout.empty[record]) continue;
    if (layout.fields[record] !== columns.length) {
      throw new InputError(
        `${layout.fields[record]} field(s) where the header has ${columns.length}`,
        { file, line: layout.lines[record]! },
        `expected ${columns.length} values separated by '${delimiter}' (quote values holding '${delimiter}')`,
      );
    }
    dataLines.push(layout.lines[record]!);
  }
  const raw =
    dataLines.length === 0
      ? pl.DataFrame(columns.map((name) => pl.Series(name, [], pl.Utf8)))
      : pl.readCSV(text, { sep: delimiter, inferSchemaLength: 0, hasHeader: true, quoteChar: '"' });
  return pl.DataFrame(
    columns.map((name) => typedColumn(raw.getColumn(name), spec.types?.[name] ?? "string", file, dataLines)),
  );
}

function typedColumn(series: pl.Series, type: ReleaseColumnType, file: string, lines: number[]): pl.Series {
  const values = series.toArray() as (string | null)[];
  const name = series.name;
  if (type === "string") {
    return pl.Series(
      name,
      values.map((value) => (value === null || value === "" ? null : restoreNeutralisedText(value))),
      pl.Utf8,
    );
  }
  const pattern = type === "integer" ? /^\s*-?\d+(\.0*)?\s*$/ : /^\s*-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;
  const parsed = values.map((value, row) => {
    if (value === null || value.trim() === "") return null;
    if (!pattern.test(value)) {
      throw new InputError(
        `not ${type === "integer" ? "an integer" : "a number"}`,
        { file, line: lines[row], column: name, value },
        type === "integer"
          ? "expected digits, such as 12"
          : "expected a number with a decimal point, such as 0.25",
      );
    }
    return Number(value);
  });
  return pl.Series(name, parsed, type === "integer" ? pl.Int64 : pl.Float64);
}
