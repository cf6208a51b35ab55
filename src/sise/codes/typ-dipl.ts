/**
 * What the toolkit knows about one SISE diploma type (`typ_dipl`).
 *
 * @example
 * const licence: TypDiplInfo = TYP_DIPL.XA; // { label: "Licence (LMD)", cursus: "L", bacPlus: 3, years: 3, … }
 */
export interface TypDiplInfo {
  /** French label. */
  readonly label: string;
  /** LMD cursus (`L`, `M`, `D`) the diploma belongs to. */
  readonly cursus: "L" | "M" | "D";
  /** Level of the diploma in years after the bac (BCN `NIVEAU_FORMATION`). */
  readonly bacPlus: number;
  /** Normal duration of the diploma in years (BCN `DUREE`); `null` when the BCN gives none. */
  readonly years: number | null;
  /** First rentrée the code is valid for (from BCN `DATE_OUVERTURE`), `null` = always. */
  readonly firstRentree: number | null;
  /** Last rentrée the code is valid for (from BCN `DATE_FERMETURE`), `null` = still open. */
  readonly lastRentree: number | null;
  /** True for intermediate diplomas awarded on the way (DUT/DEUST/DEUG intermédiaire…), seen in résultats. */
  readonly intermediate: boolean;
}

/**
 * SISE diploma types (`typ_dipl`) used by universities, with cursus, level (bac+n) and normal
 * duration. Re-typed (not copied) from the BCN table N_TYPE_DIPLOME_SISE (232 codes; copy from
 * datactivist/oraccle_dataviz `data/Referentiels/`, commit bf5b8ba) — only the codes a university
 * extract needs. Opening/closing dates are turned into rentrées: a code closed on 31/08/2023 has
 * 2022 as its last rentrée.
 *
 * @example
 * TYP_DIPL.DR.firstRentree; // 2021 — the BUT replaced the DUT at rentrée 2021
 */
export const TYP_DIPL = {
  XA: t("Licence (LMD)", "L", 3, 3, 2002),
  DP: t("Licence professionnelle", "L", 3, 1, 2000),
  XB: t("Master (LMD)", "M", 5, 2, 2002),
  XD: t("Master enseignement (MEEF)", "M", 5, 2, 2010),
  XC: t("Master ingénieur", "M", 5, 2, 2003, 2020),
  CB: t("Diplôme universitaire de technologie (DUT)", "L", 2, 2, null, 2022),
  DR: t("Bachelor universitaire de technologie (BUT)", "L", 3, 3, 2021),
  CE: t("DUT intermédiaire", "L", 2, 2, 2021, null, true),
  CF: t("DEUST intermédiaire", "L", 2, 2, 2022, null, true),
  CD: t("DEUST", "L", 2, 2),
  CV: t("Parcours d'accès spécifique santé (PASS)", "L", 1, 1, 2020),
  CW: t("PluriPASS", "L", 2, 2, 2015),
  CZ: t("Diplôme de formation générale en sciences de la santé (DFG)", "L", 3, 3, 2011),
  ID: t("Diplôme de formation approfondie en sciences de la santé (DFA)", "M", 6, 3, 2014),
  IB: t("Diplôme d'État de docteur en médecine", "M", 6, 6),
  CY: t("Première année commune aux études de santé (PACES)", "L", 1, 1, 2009, 2020),
  XE: t("CPGE intégrée aux universités", "L", 2, 2, 2012),
  AC: t("Capacité en droit", "L", 1, 2),
  FI: t("Formation d'ingénieur", "M", 5, 5),
  PJ: t("Diplôme d'État d'infirmier grade licence", "L", 3, 3, 2013),
  YB: t("Doctorat d'université", "D", 6, 3),
  "03": t("Habilitation à diriger des recherches (HDR)", "D", 6, null),
  UA: t("Diplôme d'université ou d'établissement niveau bac", "L", 0, 1),
  UB: t("Diplôme d'université ou d'établissement niveau bac+1", "L", 1, 1),
  UC: t("Diplôme d'université ou d'établissement niveau bac+2", "L", 2, 2),
  UD: t("Diplôme d'université ou d'établissement niveau bac+3", "L", 3, 3),
  UE: t("Diplôme d'université ou d'établissement niveau bac+4", "M", 4, 2),
  UF: t("Diplôme d'université ou d'établissement niveau bac+5", "M", 5, 1),
  CP: t("DEUG intermédiaire LMD", "L", 2, 2, 2005, null, true),
  EP: t("Maîtrise intermédiaire LMD", "M", 4, 1, 2005, null, true),
} as const satisfies Record<string, TypDiplInfo>;

/** A known SISE diploma type code (`"XA"`, `"DR"`…). */
export type TypDipl = keyof typeof TYP_DIPL;

function t(
  label: string,
  cursus: "L" | "M" | "D",
  bacPlus: number,
  years: number | null,
  firstRentree: number | null = null,
  lastRentree: number | null = null,
  intermediate = false,
): TypDiplInfo {
  return { label, cursus, bacPlus, years, firstRentree, lastRentree, intermediate };
}
