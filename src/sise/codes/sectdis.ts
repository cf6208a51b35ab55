import type { Discipli } from "./discipli.js";

/**
 * One secteur disciplinaire with the discipline it belongs to.
 *
 * @example
 * const info: SectdisInfo = SECTDIS["14"]; // { label: "Informatique", discipli: "15" }
 */
export interface SectdisInfo {
  /** French label. */
  readonly label: string;
  /** The discipline (`discipli`) this secteur rolls up to. */
  readonly discipli: Discipli;
}

/**
 * Secteurs disciplinaires SISE (`sectdis`) and their discipline, re-typed from the BCN table
 * N_SECTEUR_DISCIPLINAIRE_SISE (copy from datactivist/oraccle_dataviz `data/Referentiels/`);
 * labels as in MESR's open dataset where it has them. MESR's cleansing recodes 44–48 to 39 and
 * unknown secteurs to 99; the reader reports such codes instead of repairing them.
 *
 * @example
 * SECTDIS["36"].discipli; // "01" — sciences juridiques belong to droit
 */
export const SECTDIS = {
  "01": s("Mathématiques", "15"),
  "02": s("Physique", "15"),
  "03": s("Chimie", "15"),
  "04": s("Mathématiques appliquées et sciences sociales", "15"),
  "05": s("Sciences de l'univers", "09"),
  "06": s("Sciences de la vie", "09"),
  "07": s("Médecine", "11"),
  "08": s("Odontologie", "12"),
  "09": s("Pharmacie", "13"),
  "10": s("STAPS", "10"),
  "11": s("Mécanique, génie mécanique", "15"),
  "12": s("Génie civil", "15"),
  "13": s("Génie des procédés", "15"),
  "14": s("Informatique", "15"),
  "15": s("Électronique, génie électrique", "15"),
  "16": s("Technologie et sciences industrielles", "15"),
  "17": s("Sciences du langage, linguistique", "04"),
  "18": s("Langues et littératures anciennes", "04"),
  "19": s("Langues et littératures françaises", "04"),
  "20": s("Littérature générale et comparée", "04"),
  "21": s("Arts", "04"),
  "22": s("Français langue étrangère", "05"),
  "23": s("Langues et littératures étrangères", "05"),
  "24": s("Langues étrangères appliquées", "05"),
  "25": s("Cultures et langues régionales", "05"),
  "26": s("Philosophie, épistémologie", "06"),
  "27": s("Histoire", "06"),
  "28": s("Géographie", "06"),
  "29": s("Aménagement", "06"),
  "30": s("Archéologie, ethnologie, préhistoire", "06"),
  "31": s("Sciences religieuses", "06"),
  "32": s("Psychologie", "06"),
  "33": s("Sociologie, démographie", "06"),
  "34": s("Sciences de l'éducation", "06"),
  "35": s("Sciences de l'information et de la communication", "06"),
  "36": s("Sciences juridiques", "01"),
  "37": s("Sciences politiques", "01"),
  "38": s("Sciences économiques", "02"),
  "39": s("Sciences de gestion", "02"),
  "40": s("Administration économique et sociale", "03"),
  "41": s("Formation générale aux métiers de l'ingénieur", "15"),
  "42": s("Mathématiques et informatique", "15"),
  "43": s("Physique et chimie", "15"),
  "44": s("Commerce, vente", "02"),
  "45": s("Finance, banque, assurance, immobilier, comptabilité", "02"),
  "46": s("Ressources humaines, gestion du personnel et de l'emploi", "02"),
  "47": s("Transport, logistique", "02"),
  "48": s("Accueil, hôtellerie, tourisme", "02"),
  "50": s("Théologie catholique", "20"),
  "61": s("Pluridisciplinaire droit, sciences politiques", "01"),
  "62": s("Pluridisciplinaire sciences économiques et gestion", "02"),
  "63": s("Pluridisciplinaire droit, sciences économiques, AES", "31"),
  "64": s("Pluridisciplinaire lettres, sciences du langage, arts", "04"),
  "65": s("Pluridisciplinaire langues", "05"),
  "66": s("Pluridisciplinaire sciences humaines et sociales", "06"),
  "67": s("Pluridisciplinaire lettres, langues, sciences humaines", "32"),
  "68": s("Pluridisciplinaire sciences fondamentales et applications", "15"),
  "69": s("Pluridisciplinaire sciences de la vie, de la santé, de la terre et de l'univers", "09"),
  "70": s("Pluridisciplinaire sciences", "33"),
  "71": s("Pluridisciplinaire santé", "34"),
  "80": s("Vétérinaire", "40"),
  "90": s("Interdisciplinaire", "90"),
  AA: s("En attente d'attribution", "88"),
  "-": s("Sans objet", "88"),
} as const satisfies Record<string, SectdisInfo>;

/** A known `sectdis` code. */
export type Sectdis = keyof typeof SECTDIS;

function s(label: string, discipli: Discipli): SectdisInfo {
  return { label, discipli };
}
