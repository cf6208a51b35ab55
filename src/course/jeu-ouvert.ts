import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { publish } from "../publish/publish.js";
import { dossierDonnees } from "./dossier-donnees.js";

const STAMP = ".cle-du-cours";
const STALE_LOCK_MS = 15 * 60_000;

/** A key that changes when the embedded extract or the publishing code changes. */
function cleDuJeu(racine: string): string {
  const hash = createHash("sha256");
  const donnees = dossierDonnees("sise");
  for (const nom of readdirSync(donnees).sort()) hash.update(`${nom}:${statSync(join(donnees, nom)).size};`);
  const code = join(racine, "dist", "publish");
  const dossierCode = existsSync(code) ? code : join(racine, "src", "publish");
  for (const nom of readdirSync(dossierCode).sort()) {
    if (nom.endsWith(".js") || nom.endsWith(".ts")) hash.update(readFileSync(join(dossierCode, nom)));
  }
  return hash.digest("hex").slice(0, 16);
}

const attendre = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The folder of the open dataset published from the embedded synthetic extract, as a reuser
 * downloads it: published once (about half a minute) into `out/jeu-ouvert/` at the package
 * root, then reused by every notebook until the extract or the publishing code changes. Several
 * notebooks run at once wait for the first one's publication instead of publishing twice.
 *
 * @example
 * const jeu = readOpenDataset(await dossierJeuOuvert());
 */
export async function dossierJeuOuvert(): Promise<string> {
  const racine = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
  const cible = join(racine, "out", "jeu-ouvert");
  const cle = cleDuJeu(racine);
  const pret = () => existsSync(join(cible, STAMP)) && readFileSync(join(cible, STAMP), "utf8") === cle;
  if (pret()) return cible;
  mkdirSync(join(racine, "out"), { recursive: true });
  const verrou = join(racine, "out", "jeu-ouvert.verrou");
  if (existsSync(verrou) && Date.now() - statSync(verrou).mtimeMs > STALE_LOCK_MS)
    rmSync(verrou, { recursive: true, force: true });
  try {
    mkdirSync(verrou);
  } catch {
    // Another notebook is publishing: wait for its dataset.
    for (let attente = 0; attente < STALE_LOCK_MS; attente += 1000) {
      if (pret()) return cible;
      await attendre(1000);
    }
    throw new Error(`dossierJeuOuvert() : la publication en cours (${verrou}) n'a pas abouti.`);
  }
  try {
    const provisoire = `${cible}.${process.pid}`;
    rmSync(provisoire, { recursive: true, force: true });
    await publish({ input: dossierDonnees("sise"), out: provisoire });
    writeFileSync(join(provisoire, STAMP), cle);
    rmSync(cible, { recursive: true, force: true });
    renameSync(provisoire, cible);
    return cible;
  } finally {
    rmSync(verrou, { recursive: true, force: true });
  }
}
