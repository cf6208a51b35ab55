import type { Pcspar } from "./pcspar.js";

/**
 * Origine sociale of MESR's dashboards (from the PCS of the legal guardian).
 *
 * @example
 * ORIGINE_SOCIALE.ORI04; // "Défavorisée"
 */
export const ORIGINE_SOCIALE = {
  ORI01: "Très favorisée",
  ORI02: "Favorisée",
  ORI03: "Assez défavorisée",
  ORI04: "Défavorisée",
  ORI05: "Non-réponse",
} as const;

/** An origine sociale code. */
export type OrigineSociale = keyof typeof ORIGINE_SOCIALE;

/**
 * The toolkit's `pcspar` → origine sociale mapping. **A documented choice**: no published table
 * from N_PCS codes to ORI01–ORI05 was found. It follows the wording of MESR's definition
 * (datasupr outcomes methodology) and the DEPP's four-way PCS grouping:
 *
 * - ORI01 très favorisée: chefs d'entreprise ≥ 10 salariés (23), cadres and professions
 *   intellectuelles supérieures (31, 33, 34, 35, 37, 38), professeurs des écoles/instituteurs
 *   (42, counted with professeurs as the DEPP does), retired cadres (74);
 * - ORI02 favorisée: professions intermédiaires except professeurs (43–48), retirees of those
 *   favoured categories (73, 75);
 * - ORI03 assez défavorisée: agriculteurs (10), artisans (21), commerçants (22), employés
 *   (52–56), their retirees (71, 72, 77);
 * - ORI04 défavorisée: ouvriers (61, 66, 69), retired employés/ouvriers (76, 78), never-employed
 *   unemployed and inactive (81, 82, 83, 85, 86);
 * - ORI05 non-réponse: `99`, students (84, no PCS of their own to rank) and any other value.
 *
 * @example
 * PCSPAR_TO_ORIGINE_SOCIALE["38"]; // "ORI01"
 */
export const PCSPAR_TO_ORIGINE_SOCIALE = {
  "23": "ORI01",
  "31": "ORI01",
  "33": "ORI01",
  "34": "ORI01",
  "35": "ORI01",
  "37": "ORI01",
  "38": "ORI01",
  "42": "ORI01",
  "74": "ORI01",
  "43": "ORI02",
  "44": "ORI02",
  "45": "ORI02",
  "46": "ORI02",
  "47": "ORI02",
  "48": "ORI02",
  "73": "ORI02",
  "75": "ORI02",
  "10": "ORI03",
  "21": "ORI03",
  "22": "ORI03",
  "52": "ORI03",
  "53": "ORI03",
  "54": "ORI03",
  "55": "ORI03",
  "56": "ORI03",
  "71": "ORI03",
  "72": "ORI03",
  "77": "ORI03",
  "61": "ORI04",
  "66": "ORI04",
  "69": "ORI04",
  "76": "ORI04",
  "78": "ORI04",
  "81": "ORI04",
  "82": "ORI04",
  "83": "ORI04",
  "85": "ORI04",
  "86": "ORI04",
  "84": "ORI05",
  "99": "ORI05",
} as const satisfies Record<Pcspar, OrigineSociale>;
