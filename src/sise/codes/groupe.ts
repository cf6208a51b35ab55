/**
 * Groupe disciplinaire SISE (`groupe`), from the BCN table N_GROUPE_DISCIPLINE_SISE. `5` and `6`
 * closed in 2010 (replaced by `A` Santé); `B` opened in 2020. `7`/`8` hold DUT/BUT enrolments.
 *
 * @example
 * GROUPE["3"]; // "Lettres, sciences humaines"
 */
export const GROUPE = {
  "1": "Droit",
  "2": "Économie, AES",
  "3": "Lettres, sciences humaines",
  "4": "Sciences, STAPS",
  "5": "Médecine, odontologie (fermé en 2010)",
  "6": "Pharmacie (fermé en 2010)",
  "7": "IUT secondaire",
  "8": "IUT tertiaire",
  A: "Santé",
  B: "Interdisciplinaire",
} as const;

/** A known `groupe` code. */
export type Groupe = keyof typeof GROUPE;
