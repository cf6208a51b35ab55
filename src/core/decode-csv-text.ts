import { isUtf8 } from "node:buffer";
import { InputError } from "./errors.js";
import { messages } from "./i18n/messages.js";

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
 * A CSV file brought to UTF-8.
 *
 * @example
 * const { utf8, encoding } = decodeCsvText(bytes, "inscri22.csv");
 */
export interface DecodedCsvText {
  /** The content as UTF-8 bytes, without the byte-order mark. */
  utf8: Buffer;
  /** Encoding the file was read with. */
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
/** Transcoding works chunk by chunk so a national-size Latin-1 file never becomes one JS string. */
const CHUNK_BYTES = 16 * 1024 * 1024;

/**
 * Brings the bytes of a CSV file to UTF-8 without building one giant string: a UTF-8 file (BOM
 * stripped) is passed through as is; in `auto` mode, bytes that are not valid UTF-8 make the
 * whole file be read as Windows-1252 and transcoded, and the first invalid byte is located.
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
  const body = Buffer.from(bytes.buffer, bytes.byteOffset + (bom ? 3 : 0), bytes.length - (bom ? 3 : 0));
  if (encoding === "latin1") return { utf8: fromWindows1252(body), encoding: "windows-1252", bom };
  if (isUtf8(body)) return { utf8: body, encoding: "utf-8", bom };
  const offset = firstInvalidUtf8Offset(body);
  const line = countLines(body, offset);
  const byte = body[offset] ?? 0;
  if (encoding === "utf8") {
    throw new InputError(
      messages().errors.notUtf8(`0x${byte.toString(16).toUpperCase().padStart(2, "0")}`),
      { file, line, value: lineAround(body, offset) },
      messages().errors.notUtf8Hint,
    );
  }
  return { utf8: fromWindows1252(body), encoding: "windows-1252", bom, fallback: { line, byte } };
}

/**
 * Windows-1252 characters of bytes 0x80–0x9F (WHATWG table; unassigned bytes keep their code).
 * Node's "windows-1252" decoder treats them as ISO-8859-1 control characters, which would turn
 * the ’, œ and € of French SAS exports into garbage.
 */
const WINDOWS_1252_80_9F =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

function fromWindows1252(bytes: Buffer): Buffer {
  const parts: Buffer[] = [];
  // Single-byte encoding: chunks can be cut anywhere.
  for (let start = 0; start < bytes.length; start += CHUNK_BYTES) {
    const text = bytes
      .subarray(start, start + CHUNK_BYTES)
      .toString("latin1")
      .replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_80_9F[c.charCodeAt(0) - 0x80]!);
    parts.push(Buffer.from(text, "utf8"));
  }
  return Buffer.concat(parts);
}

/** Offset of the first byte that breaks UTF-8 (`isUtf8` only says that one exists). */
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
