import { InputError } from "../core/errors.js";
import { messages } from "../core/i18n/messages.js";

/**
 * Picks the CSV delimiter from the header line: `,` or `;`. When the header holds both, the one
 * that splits it into more known SISE column names wins; a tie is ambiguous.
 *
 * @param header the first line of the file
 * @param file the file name, for error messages
 * @param knownColumns lower-case SISE column names
 * @throws InputError when the header holds neither delimiter, or both ambiguously
 * @example
 * detectDelimiter("RENTREE;ID_ETU;ETABLI", "inscri22.csv", ["rentree", "id_etu", "etabli"]); // ";"
 */
export function detectDelimiter(header: string, file: string, knownColumns: readonly string[]): "," | ";" {
  const hasComma = header.includes(",");
  const hasSemicolon = header.includes(";");
  if (hasComma && !hasSemicolon) return ",";
  if (hasSemicolon && !hasComma) return ";";
  const text = messages().sise.read;
  const hint = text.delimiterHint;
  if (!hasComma && !hasSemicolon) {
    const other = ["\t", "|"].find((d) => header.includes(d));
    const problem = other ? text.otherDelimiter(other === "\t") : text.noDelimiter;
    throw new InputError(problem, { file, line: 1, value: header }, hint);
  }
  const known = new Set(knownColumns);
  const score = (d: string) => header.split(d).filter((name) => known.has(normaliseColumnName(name))).length;
  const comma = score(",");
  const semicolon = score(";");
  if (comma === semicolon) {
    throw new InputError(text.ambiguousDelimiter, { file, line: 1, value: header }, hint);
  }
  return comma > semicolon ? "," : ";";
}

/**
 * Normalises a header cell the way the reader compares column names: trimmed, unquoted, lower case.
 *
 * @example
 * normaliseColumnName(' "ID_ETU" '); // "id_etu"
 */
export function normaliseColumnName(name: string): string {
  const trimmed = name.trim();
  const unquoted =
    trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"') ? trimmed.slice(1, -1) : trimmed;
  return unquoted.trim().toLowerCase();
}
