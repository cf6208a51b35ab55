import type { RawTable } from "./raw-table.js";
import type { ValidationNotice } from "./validation-report.js";

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
