import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Absolute path of a folder of the data embedded in the package (`data/` at its root), so a
 * notebook reads the same files whatever folder it runs from (`notebooks/` or
 * `notebooks/exercices/`).
 *
 * @param nom sub-folder of `data/`; default `"sise"` (the synthetic SISE extract)
 * @throws Error (in French) when the folder is missing from the installed package
 * @example
 * const { inscriptions } = readSise(dossierDonnees()); // …/oraccle-opendata/data/sise
 */
export function dossierDonnees(nom = "sise"): string {
  // dist/course/ (built) and src/course/ (tests) are both two levels below the package root.
  const racine = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
  const dossier = join(racine, "data", nom);
  if (!existsSync(dossier)) {
    throw new Error(`Dossier de données introuvable : ${dossier}. Relancez « npm ci » à la racine du dépôt.`);
  }
  return dossier;
}
