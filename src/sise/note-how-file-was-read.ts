import { messages } from "../core/i18n/messages.js";
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
  const text = messages().sise.notices;
  if (raw.csv?.fallback) {
    const { line, byte } = raw.csv.fallback;
    notices.push({
      file,
      code: "encoding-fallback",
      message: text.encodingFallback(`0x${byte.toString(16).toUpperCase().padStart(2, "0")}`, line),
    });
  }
  if (raw.csv?.bom) notices.push({ file, code: "bom", message: text.bom });
  if (raw.emptyLinesSkipped > 0) {
    notices.push({
      file,
      code: "empty-lines",
      message: text.emptyLines(raw.emptyLinesSkipped),
    });
  }
  if (raw.frame.height === 0) notices.push({ file, code: "no-rows", message: text.noRows });
  if (missingOptional.length > 0) {
    notices.push({
      file,
      code: "missing-optional-columns",
      message: text.missingOptional(missingOptional),
    });
  }
}
