import type pl from "nodejs-polars";
import type { SourceFile } from "./list-sise-files.js";

/**
 * A SISE file as read, before any check: every column as strings (names lower-cased), plus
 * `__line` (1-based line of the row in a CSV file — the header is line 1 —, or 1-based row number
 * in a Parquet file) and `__fields` (number of fields of the CSV row).
 *
 * @example
 * const raw: RawTable = readRawCsv(file, "auto", knownColumns);
 */
export interface RawTable {
  file: SourceFile;
  frame: pl.DataFrame;
  /** Lower-cased column names in file order. */
  columns: string[];
  /** Fields per row the header announces. */
  expectedFields: number;
  /** CSV only: how the text was decoded and split. */
  csv?: {
    encoding: "utf-8" | "windows-1252";
    bom: boolean;
    delimiter: "," | ";";
    fallback?: { line: number; byte: number };
  };
  /** Blank lines skipped (CSV). */
  emptyLinesSkipped: number;
  /** Parquet only: the stored type of each column, to spot types changing between years. */
  sourceTypes?: Record<string, string>;
}
