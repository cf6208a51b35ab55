import { parameter } from "../format.js";

const quoted = (names: readonly string[]) => names.map((name) => `« ${name} »`).join(", ");

/** How errors name where a bad value sits, and the core's own errors. */
export const errorsFr = {
  column: (name: string) => `colonne « ${name} »`,
  value: (value: string) => `valeur « ${value} »`,
  /** Between the location and the problem. */
  colon: " : ",
  characters: (count: number) => `(${count} caractères)`,
  confidence: (confidence: number) =>
    `le niveau de confiance est strictement entre 0 et 1, pas ${confidence}`,
  notUtf8: (byte: string) => `l'octet ${byte} n'est pas de l'UTF-8 valide`,
  notUtf8Hint: `exportez de nouveau le fichier en UTF-8, ou lisez-le avec ${parameter("encoding", "latin1")} s'il est en Latin-1/Windows-1252`,
  missingColumns: (missing: readonly string[], role: string | undefined) =>
    `${missing.length > 1 ? "colonnes manquantes" : "colonne manquante"}${role ? ` (${role})` : ""} : ${quoted(missing)}`,
  columnsFound: (columns: readonly string[]) =>
    `colonnes présentes : ${columns.length > 0 ? columns.join(", ") : "aucune"}`,
};
