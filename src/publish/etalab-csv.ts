import type pl from "nodejs-polars";

/**
 * Text cells a spreadsheet would read as a formula (CSV injection, OWASP): starting with `=`,
 * `+`, `-`, `@`, tab or carriage return — or already starting with quotes followed by one of
 * those, so that the neutralisation can always be undone exactly ({@link restoreNeutralisedText}).
 */
const NEEDS_NEUTRALISING = /^'*[=+\-@\t\r]/;

/**
 * Undoes the formula neutralisation of {@link toEtalabCsv} on a text cell read back from a
 * published CSV: removes the one leading `'` it added. Write-then-read is lossless.
 *
 * @example
 * restoreNeutralisedText("'=SUM(A1)"); // "=SUM(A1)"
 * restoreNeutralisedText("'bonjour"); // "'bonjour" — left alone: it was never neutralised
 */
export function restoreNeutralisedText(text: string): string {
  return text.startsWith("'") && NEEDS_NEUTRALISING.test(text) ? text.slice(1) : text;
}

/** What {@link toEtalabCsv} did besides formatting. */
export interface CsvWriteResult {
  /** The CSV text: comma-separated, `"`-quoted where needed, `\n` line ends, UTF-8 without BOM. */
  text: string;
  /** Number of data rows (the header excluded). */
  rows: number;
  /** Text cells that started with `=`, `+`, `-`, `@`, tab or CR and were prefixed with `'`. */
  neutralisedCells: number;
}

/**
 * Writes a polars frame as CSV following the Etalab conventions for data.gouv.fr: comma
 * separator, `"` quoting only where needed, UTF-8, decimal point, ISO 8601 dates, empty cell for
 * missing values, the same number of fields on every row. Numbers are written in their shortest
 * exact form, so the same frame always gives the same bytes.
 *
 * Text cells that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or
 * carriage return) are neutralised by a leading `'` (OWASP "CSV injection"), and counted;
 * {@link restoreNeutralisedText} undoes it when reading back.
 *
 * @example
 * const { text } = toEtalabCsv(pl.DataFrame({ trace: ["L1-2300001-0931238R"], effectif: [12] }));
 * // "trace,effectif\nL1-2300001-0931238R,12\n"
 */
export function toEtalabCsv(frame: pl.DataFrame): CsvWriteResult {
  let neutralisedCells = 0;
  const formatText = (value: string): string => {
    let text = value;
    if (NEEDS_NEUTRALISING.test(text)) {
      text = `'${text}`;
      neutralisedCells += 1;
    }
    return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const formatCell = (value: unknown): string => {
    if (value === null || value === undefined) return "";
    if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
    if (typeof value === "bigint") return value.toString();
    if (typeof value === "boolean") return value ? "true" : "false";
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return formatText(String(value));
  };
  const lines = [frame.columns.map((name) => formatText(name)).join(",")];
  for (const row of frame.rows()) lines.push(row.map(formatCell).join(","));
  return { text: `${lines.join("\n")}\n`, rows: frame.height, neutralisedCells };
}
