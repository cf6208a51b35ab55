/**
 * Grande discipline (`gd_discipline`), the coarsest stratum of MESR's cohort indicators; labels as
 * in the open dataset `fr-esr-parcours-et-reussite-des-bacheliers-en-licence`.
 *
 * @example
 * GD_DISCIPLINE.DSA; // "Droit, gestion, économie, AES"
 */
export const GD_DISCIPLINE = {
  DSA: "Droit, gestion, économie, AES",
  LLSH: "Lettres, langues et sciences humaines",
  SI: "Sciences et sciences de l'ingénieur",
  STAPS: "STAPS",
  SANTE: "Santé",
} as const;

/** A known `gd_discipline` code. */
export type GdDiscipline = keyof typeof GD_DISCIPLINE;
