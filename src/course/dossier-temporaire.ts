import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * A new, empty folder of the system's temporary folder, unique to this call (`mkdtemp`): two
 * notebooks run at the same time, or twice, never write into the same place.
 *
 * @param prefixe start of the folder's name; default `"oraccle-cours-"`
 * @example
 * const jeu = join(dossierTemporaire(), "jeu-ouvert"); // /tmp/oraccle-cours-Xa81Kq/jeu-ouvert
 * await publish({ input: dossierDonnees(), out: jeu });
 */
export function dossierTemporaire(prefixe = "oraccle-cours-"): string {
  return mkdtempSync(join(tmpdir(), prefixe));
}
