import { parameter } from "../format.js";
import type { errorsFr } from "../fr/errors.js";

const quoted = (names: readonly string[]) => names.map((name) => `'${name}'`).join(", ");

/** How errors name where a bad value sits, and the core's own errors. */
export const errorsEn: typeof errorsFr = {
  column: (name) => `column '${name}'`,
  value: (value) => `value '${value}'`,
  colon: ": ",
  characters: (count) => `(${count} characters)`,
  confidence: (confidence) => `confidence must be strictly between 0 and 1, got ${confidence}`,
  notUtf8: (byte) => `byte ${byte} is not valid UTF-8`,
  notUtf8Hint: `export the file again as UTF-8, or read it with ${parameter("encoding", "latin1")} if it is a Latin-1/Windows-1252 file`,
  missingColumns: (missing, role) =>
    `missing ${missing.length > 1 ? "columns" : "column"}${role ? ` (${role})` : ""} ${quoted(missing)}`,
  columnsFound: (columns) => `columns found: ${columns.length > 0 ? columns.join(", ") : "none"}`,
};
