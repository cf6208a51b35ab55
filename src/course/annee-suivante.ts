import type pl from "nodejs-polars";
import { tableDeLibelles } from "./table-de-libelles.js";

/** Where the students of the paths starting in one L1 are the next year, as {@link anneeSuivante} counts them. */
export interface Destination {
  destination: string;
  /** Students of the published cohorts going there. */
  publies: number;
  /** Masked cohorts (1 to 4 students each) going there. */
  masquees: number;
}

/** What {@link anneeSuivante} reads of an open dataset (`readOpenDataset`). */
export interface JeuPourAnneeSuivante {
  cohorts: pl.DataFrame;
  formations: pl.DataFrame;
  labels: Readonly<Record<string, pl.DataFrame>>;
}

function libelles(jeu: JeuPourAnneeSuivante, colonne: string): Map<string, string> {
  return new Map(
    tableDeLibelles(jeu, colonne)
      .toRecords()
      .map((ligne) => [String(ligne[colonne]), String(ligne[`${colonne}_libelle`])]),
  );
}

/**
 * Where, the next year, are the students whose path (`trace` of `cohortes.csv`) starts with an
 * L1 (licence `XA`, level `01`) of the discipline `discipli`: L2 of the same discipline, L1 again
 * (redoublement), another formation, an interruption (`…++…`), or no further enrolment observed
 * (a one-year trace: leaving, or entering at the last rentrée). Published cohorts count their
 * students, masked ones (effectif 0) are counted apart.
 *
 * @param detail name the other formations (diploma, level, discipline) instead of one "autre formation" row
 * @example
 * avecBornes(anneeSuivante(jeu, "01")); // L1 de droit
 */
export function anneeSuivante(jeu: JeuPourAnneeSuivante, discipli: string, detail = false): Destination[] {
  const formations = new Map(jeu.formations.toRecords().map((f) => [String(f.formation), f]));
  const discipline = libelles(jeu, "discipli");
  const diplome = libelles(jeu, "typ_dipl");
  const comptes = new Map<string, Destination>();
  for (const cohorte of jeu.cohorts.select("trace", "effectif").toRecords()) {
    const annees = String(cohorte.trace).split("+");
    const depart = formations.get(annees[0] ?? "");
    if (depart?.typ_dipl !== "XA" || depart.niveau !== "01" || depart.discipli !== discipli) continue;
    const suivant = annees[1];
    const f = suivant ? formations.get(suivant) : undefined;
    const licence = f !== undefined && f.typ_dipl === "XA" && f.discipli === discipli;
    const destination =
      suivant === undefined
        ? "plus d'inscription observée (sortie ou dernière rentrée)"
        : suivant === ""
          ? "interruption puis retour"
          : licence && f.niveau === "02"
            ? "L2, même discipline"
            : licence && f.niveau === "01"
              ? "L1, même discipline (redoublement)"
              : detail && f
                ? `autre : ${diplome.get(String(f.typ_dipl)) ?? f.typ_dipl} niveau ${f.niveau}, ${discipline.get(String(f.discipli)) ?? f.discipli}`
                : "autre formation (réorientation)";
    const compte = comptes.get(destination) ?? { destination, publies: 0, masquees: 0 };
    if (Number(cohorte.effectif) === 0) compte.masquees += 1;
    else compte.publies += Number(cohorte.effectif);
    comptes.set(destination, compte);
  }
  return [...comptes.values()];
}
