import { mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pl from "nodejs-polars";
import { readSise } from "../sise/read-sise.js";
import type { ValidationReport } from "../sise/validation-report.js";
import { dossierDonnees } from "./dossier-donnees.js";

/** Options of {@link chargerExtrait}. */
export interface ChargerExtraitOptions {
  /** First rentrée kept (e.g. `2018`). Default: the first of the extract. */
  depuis?: number;
  /** Last rentrée kept. Default: the last of the extract. */
  jusqua?: number;
  /**
   * Validate every row with `readSise` (slower: about 10 s for the whole embedded extract, less
   * for a few rentrées) and return its report. Default `false`: the embedded Parquet files are read as they are (they were
   * validated when generated).
   */
  valider?: boolean;
}

/** The embedded extract, as {@link chargerExtrait} returns it. */
export interface Extrait {
  /** Enrolments (one row per inscription). */
  inscriptions: pl.DataFrame;
  /** Results (one row per result). */
  resultats: pl.DataFrame;
  /** The validation report when `valider: true`, else `undefined`. */
  rapport: ValidationReport | undefined;
}

/**
 * Reads the synthetic SISE extract embedded in the package, from any folder (see
 * {@link dossierDonnees}): the one-line data cell of every notebook.
 *
 * @example
 * const { inscriptions, resultats } = chargerExtrait({ depuis: 2018 });
 * const { rapport } = chargerExtrait({ valider: true });
 */
export function chargerExtrait(options: ChargerExtraitOptions = {}): Extrait {
  const dossier = dossierDonnees("sise");
  const choisis = (prefixe: string) =>
    readdirSync(dossier)
      .filter((nom) => nom.startsWith(prefixe) && nom.endsWith(".parquet"))
      .filter((nom) => {
        const rentree = 2000 + Number(nom.slice(prefixe.length, prefixe.length + 2));
        return rentree >= (options.depuis ?? 0) && rentree <= (options.jusqua ?? 9999);
      })
      .sort();
  if (options.valider) {
    // readSise reads a whole folder: only the chosen rentrées are linked into a scratch one, so
    // that validating a few years costs a few years.
    const partiel = mkdtempSync(join(tmpdir(), "oraccle-extrait-"));
    try {
      for (const nom of [...choisis("inscri"), ...choisis("result")])
        symlinkSync(join(dossier, nom), join(partiel, nom));
      const extrait = readSise(partiel);
      return { inscriptions: extrait.inscriptions, resultats: extrait.resultats, rapport: extrait.report };
    } finally {
      rmSync(partiel, { recursive: true, force: true });
    }
  }
  const lire = (prefixe: string) => {
    const fichiers = choisis(prefixe);
    return pl.concat(
      fichiers.map((nom) => pl.readParquet(join(dossier, nom))),
      { how: "diagonalRelaxed" },
    );
  };
  return { inscriptions: lire("inscri"), resultats: lire("result"), rapport: undefined };
}

/** The embedded extract read with every row validated, as {@link validerExtrait} returns it. */
export interface ExtraitValide extends Extrait {
  /** The validation report: row accounting, problems, unknown codes. */
  rapport: ValidationReport;
}

/**
 * {@link chargerExtrait} with `valider: true`, typed so that the report is always there.
 *
 * @example
 * const { inscriptions, rapport } = validerExtrait();
 * rapport.totals.all.rowsRejected; // 0
 */
export function validerExtrait(options: Omit<ChargerExtraitOptions, "valider"> = {}): ExtraitValide {
  const extrait = chargerExtrait({ ...options, valider: true });
  if (extrait.rapport === undefined) throw new Error("validerExtrait() : rapport de validation absent.");
  return { ...extrait, rapport: extrait.rapport };
}
