import { renameSync, rmSync, writeFileSync } from "node:fs";
import pl from "nodejs-polars";
import { ExitCode, OraccleError } from "../core/errors.js";
import { messages } from "../core/i18n/messages.js";

/**
 * Neutralises a cell a spreadsheet would run as a formula (`=`, `+`, `@`, tab, carriage return,
 * or `-` not followed by a digit) by prefixing it with `'`, so a rejects file opened in a
 * spreadsheet cannot execute what a malicious extract put in it.
 *
 * @example
 * neutraliseFormulaExpr("value"); // "=HYPERLINK(…)" → "'=HYPERLINK(…)"
 */
export function neutraliseFormulaExpr(column: string): pl.Expr {
  const value = pl.col(column);
  return pl
    .when(value.str.contains("^([=+@\\t\\r]|-[^0-9.])"))
    .then(pl.concatString([pl.lit("'"), value], ""))
    .otherwise(value)
    .alias(column);
}

/**
 * Writes the rejects table (file, line, column, value, reason, message) as a UTF-8 CSV, with
 * formula-like values neutralised, atomically (a temporary file renamed into place).
 *
 * @throws OraccleError (exit code 4) when the file cannot be written
 * @example
 * writeRejectsCsv(rejects, "out/rejects.csv");
 */
export function writeRejectsCsv(rejects: pl.DataFrame, path: string): void {
  const safe = rejects.withColumns(neutraliseFormulaExpr("value"));
  const temporary = `${path}.tmp-${process.pid}`;
  try {
    writeFileSync(temporary, safe.writeCSV());
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new OraccleError(
      messages().sise.read.cannotWriteRejects(path, (error as NodeJS.ErrnoException).code ?? String(error)),
      ExitCode.output,
      { cause: error },
    );
  }
}
