import pl from "nodejs-polars";
import { InputError } from "../core/errors.js";
import { messages } from "../core/i18n/messages.js";
import type { SourceFile } from "./list-sise-files.js";
import type { RawTable } from "./raw-table.js";

/**
 * Reads a SISE Parquet file and turns every column into strings (names lower-cased), so the same
 * checks apply as for CSV. `__line` is the 1-based row number. The stored types are kept to spot
 * types changing between years.
 *
 * @throws InputError when the file is truncated, corrupt or not Parquet, or when two columns
 * have the same name in lower case
 * @example
 * const raw = readRawParquet(file);
 */
export function readRawParquet(file: SourceFile): RawTable {
  let frame: pl.DataFrame;
  try {
    frame = pl.readParquet(file.path);
  } catch (error) {
    const detail = String(error instanceof Error ? error.message : error).split("\n")[0];
    throw new InputError(
      messages().sise.read.cannotReadParquet(detail ?? ""),
      { file: file.path },
      messages().sise.read.cannotReadParquetHint,
      { cause: error },
    );
  }
  const columns = frame.columns.map((name) => name.trim().toLowerCase());
  const seen = new Set<string>();
  for (const name of columns) {
    if (seen.has(name)) {
      throw new InputError(
        messages().sise.read.columnTwiceParquet,
        { file: file.path, column: name },
        messages().sise.read.renameOneHint,
      );
    }
    seen.add(name);
  }
  const sourceTypes = Object.fromEntries(
    frame.columns.map((name, i) => [columns[i]!, frame.getColumn(name).dtype.variant]),
  );
  let strings: pl.DataFrame;
  try {
    // One expression for all columns: building nodejs-polars expressions is the costly part.
    strings = frame
      .select(pl.all().cast(pl.Utf8))
      .rename(Object.fromEntries(frame.columns.map((name, i) => [name, columns[i]!])));
  } catch (error) {
    throw new InputError(
      messages().sise.read.nestedParquet,
      { file: file.path },
      messages().sise.read.nestedParquetHint,
      { cause: error },
    );
  }
  strings = strings.withColumns(
    pl.Series(
      "__line",
      Int32Array.from({ length: frame.height }, (_, i) => i + 1),
      pl.Int32,
    ),
    pl.lit(columns.length).cast(pl.Int32).alias("__fields"),
  );
  return { file, frame: strings, columns, expectedFields: columns.length, emptyLinesSkipped: 0, sourceTypes };
}
