import { InputError } from "../core/errors.js";
import { messages } from "../core/i18n/messages.js";

/**
 * Where each CSV record (header included) starts and how many fields it has.
 *
 * @example
 * scanCsvRecords(Buffer.from('a;b\n"x\ny";2\n'), ";", "f.csv"); // { lines: [1, 2], fields: [2, 2], empty: [false, false] }
 */
interface CsvRecordLayout {
  /** 1-based line where each record starts. */
  lines: Int32Array;
  /** Number of fields of each record. */
  fields: Int32Array;
  /** Whether the record is a blank line. */
  empty: Uint8Array;
}

/**
 * Scans UTF-8 CSV bytes one by one, honouring double-quoted fields (with `""` escapes and line
 * breaks inside), to know the line and field count of every record. Delimiters, quotes and line
 * breaks are ASCII, which never occurs inside a UTF-8 multi-byte character, so bytes suffice and
 * no giant string is built. Only used for files holding quotes; plain files are laid out by
 * polars (faster). A quote opens a quoted field only at the start of a field, as polars reads it.
 *
 * @throws InputError when a quoted field is never closed (names the line where it opened)
 * @example
 * scanCsvRecords(utf8Bytes, ";", "inscri22.csv").fields;
 */
export function scanCsvRecords(text: Uint8Array, delimiter: string, file: string): CsvRecordLayout {
  const lines: number[] = [];
  const fields: number[] = [];
  const empty: number[] = [];
  const d = delimiter.charCodeAt(0);
  const n = text.length;
  let i = 0;
  let line = 1;
  while (i < n) {
    const startLine = line;
    const start = i;
    let count = 1;
    let fieldStart = true;
    let quoteLine = 0;
    while (i < n) {
      const c = text[i]!;
      if (quoteLine !== 0) {
        if (c === 34) {
          if (text[i + 1] === 34) i++;
          else quoteLine = 0;
        } else if (c === 10) line++;
      } else if (c === 10) break;
      else if (c === d) {
        count++;
        fieldStart = true;
        i++;
        continue;
      } else if (c === 34 && fieldStart) quoteLine = line;
      fieldStart = false;
      i++;
    }
    if (quoteLine !== 0) {
      throw new InputError(
        messages().sise.read.unclosedQuote,
        {
          file,
          line: quoteLine,
          value: Buffer.from(text.subarray(start, Math.min(n, start + 120))).toString("utf8"),
        },
        messages().sise.read.unclosedQuoteHint,
      );
    }
    const length = i - start;
    lines.push(startLine);
    fields.push(count);
    empty.push(length === 0 || (length === 1 && text[start] === 13) ? 1 : 0);
    i++;
    line++;
  }
  return { lines: Int32Array.from(lines), fields: Int32Array.from(fields), empty: Uint8Array.from(empty) };
}

/**
 * Splits one CSV line (the header) into fields, honouring double quotes.
 *
 * @example
 * splitCsvLine('a;"b;c";d', ";"); // ["a", "b;c", "d"]
 */
export function splitCsvLine(line: string, delimiter: string): string[] {
  const out: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"') {
        if (line[i + 1] === '"') {
          current += '"';
          i++;
        } else quoted = false;
      } else current += c;
    } else if (c === '"' && current.trim() === "") {
      quoted = true;
      current = "";
    } else if (c === delimiter) {
      out.push(current);
      current = "";
    } else current += c;
  }
  out.push(current);
  return out;
}
