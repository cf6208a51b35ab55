import { InputError } from "../core/errors.js";

/**
 * Text encoding of a CSV file: `auto` detects UTF-8 (with or without BOM) and falls back to
 * Windows-1252 (the Latin-1 superset SAS writes on French Windows) when the bytes are not valid
 * UTF-8; `utf8` and `latin1` force one.
 *
 * @example
 * readSise("extract/", { encoding: "latin1" });
 */
export type CsvEncoding = "auto" | "utf8" | "latin1";

/**
 * A decoded CSV file.
 *
 * @example
 * const { text, encoding } = decodeCsvText(bytes, "inscri22.csv");
 */
export interface DecodedCsvText {
  /** The text, without the byte-order mark. */
  text: string;
  /** Encoding actually used. */
  encoding: "utf-8" | "windows-1252";
  /** Whether the file started with a UTF-8 byte-order mark. */
  bom: boolean;
  /**
   * Set when `auto` fell back to Windows-1252: where the first byte that is not valid UTF-8 sits
   * (1-based line) and its value, so the report can say why.
   */
  fallback?: { line: number; byte: number };
}

const BOM = [0xef, 0xbb, 0xbf];

/**
 * Decodes the bytes of a CSV file. Strips a UTF-8 BOM. In `auto` mode, bytes that are not valid
 * UTF-8 make it decode the whole file as Windows-1252 and say where the first invalid byte was.
 *
 * @param bytes the file content
 * @param file the file name, for error messages
 * @param encoding default `"auto"`
 * @throws InputError when `encoding` is `"utf8"` and the bytes are not valid UTF-8 (names the line and byte)
 * @example
 * decodeCsvText(readFileSync("inscri22.csv"), "inscri22.csv").encoding; // "windows-1252" for a SAS export
 */
export function decodeCsvText(
  bytes: Uint8Array,
  file: string,
  encoding: CsvEncoding = "auto",
): DecodedCsvText {
  const bom = bytes.length >= 3 && BOM.every((b, i) => bytes[i] === b);
  const body = bom ? bytes.subarray(3) : bytes;
  if (encoding === "latin1")
    return { text: new TextDecoder("windows-1252").decode(body), encoding: "windows-1252", bom };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(body), encoding: "utf-8", bom };
  } catch {
    const offset = firstInvalidUtf8Offset(body);
    const line = countLines(body, offset);
    const byte = body[offset] ?? 0;
    if (encoding === "utf8") {
      throw new InputError(
        `byte 0x${byte.toString(16).toUpperCase().padStart(2, "0")} is not valid UTF-8`,
        { file, line, value: lineAround(body, offset) },
        "export the file again as UTF-8, or read it with --encoding latin1 if it is a Latin-1/Windows-1252 file",
      );
    }
    return {
      text: new TextDecoder("windows-1252").decode(body),
      encoding: "windows-1252",
      bom,
      fallback: { line, byte },
    };
  }
}

/** Offset of the first byte that breaks UTF-8 (the fatal decoder only says that one exists). */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const size =
      b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (size === 0) return i;
    for (let k = 1; k < size; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += size;
  }
  return bytes.length;
}

function countLines(bytes: Uint8Array, end: number): number {
  let line = 1;
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** The bytes of the line holding `offset`, decoded leniently, to show the user what is there. */
function lineAround(bytes: Uint8Array, offset: number): string {
  let start = offset;
  while (start > 0 && bytes[start - 1] !== 0x0a) start--;
  let end = offset;
  while (end < bytes.length && bytes[end] !== 0x0a && bytes[end] !== 0x0d) end++;
  return new TextDecoder("utf-8").decode(bytes.subarray(start, end));
}
