import type { GdDiscipline } from "./gd-discipline.js";
import type { Groupe } from "./groupe.js";

/**
 * One SISE discipline with the groupe and grande discipline it rolls up to.
 *
 * @example
 * const droit: DiscipliInfo = DISCIPLI["01"]; // { label: "Droit, sciences politiques", groupe: "1", gd_discipline: "DSA" }
 */
export interface DiscipliInfo {
  /** French label. */
  readonly label: string;
  /**
   * Groupe disciplinaire outside IUT diplomas (DUT/BUT enrolments go to `7`/`8`, see
   * `groupeFromDiscipliExpr`); `null` for `88` (sans objet).
   */
  readonly groupe: Groupe | null;
  /** Grande discipline; `null` for `88` sans objet and `90` interdisciplinaire. */
  readonly gd_discipline: GdDiscipline | null;
}

/**
 * SISE disciplines (`discipli`), from the BCN table N_DISCIPLINE_SISE (22 codes), with the
 * discipline → groupe → gd_discipline roll-up. The gd_discipline of 01–06, 09, 10, 11, 15, 32 and
 * 33 is the one MESR's open dataset `fr-esr-parcours-et-reussite-des-bacheliers-en-licence`
 * uses. The others are the toolkit's choice: 07/08 (old science codes) → SI; 12, 13, 34
 * (pluri santé), 40 (vétérinaire) → SANTE; 20 (théologie) → LLSH; 31 (pluri droit-éco-AES) →
 * groupe 2 and DSA; 90 → groupe B with no grande discipline.
 *
 * @example
 * DISCIPLI["10"].gd_discipline; // "STAPS"
 */
export const DISCIPLI = {
  "01": d("Droit, sciences politiques", "1", "DSA"),
  "02": d("Sciences économiques, gestion", "2", "DSA"),
  "03": d("Administration économique et sociale", "2", "DSA"),
  "04": d("Lettres, sciences du langage, arts", "3", "LLSH"),
  "05": d("Langues", "3", "LLSH"),
  "06": d("Sciences humaines et sociales", "3", "LLSH"),
  "07": d("Sciences et structure de la matière", "4", "SI"),
  "08": d("Sciences et technologie, sciences pour l'ingénieur", "4", "SI"),
  "09": d("Sciences de la vie, de la terre et de l'univers", "4", "SI"),
  "10": d("STAPS", "4", "STAPS"),
  "11": d("Médecine", "A", "SANTE"),
  "12": d("Odontologie", "A", "SANTE"),
  "13": d("Pharmacie", "A", "SANTE"),
  "15": d("Sciences fondamentales et applications", "4", "SI"),
  "20": d("Théologie", "3", "LLSH"),
  "31": d("Pluridisciplinaire droit, sciences économiques, AES", "2", "DSA"),
  "32": d("Pluridisciplinaire lettres, langues, sciences humaines", "3", "LLSH"),
  "33": d("Pluridisciplinaire sciences", "4", "SI"),
  "34": d("Pluridisciplinaire santé", "A", "SANTE"),
  "40": d("Vétérinaire", "A", "SANTE"),
  "88": d("Sans objet", null, null),
  "90": d("Interdisciplinaire", "B", null),
} as const satisfies Record<string, DiscipliInfo>;

/** A known `discipli` code. */
export type Discipli = keyof typeof DISCIPLI;

function d(label: string, groupe: Groupe | null, gd_discipline: GdDiscipline | null): DiscipliInfo {
  return { label, groupe, gd_discipline };
}
