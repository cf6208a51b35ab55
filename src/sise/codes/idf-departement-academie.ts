/**
 * Département (the first three digits of a UAI) → académie code (the `academie` code list, as in
 * SISE's `acabac` and `acaeta`), for Île-de-France: Paris `01`; Créteil `24` (Seine-et-Marne 077,
 * Seine-Saint-Denis 093, Val-de-Marne 094); Versailles `25` (Yvelines 078, Essonne 091,
 * Hauts-de-Seine 092, Val-d'Oise 095). Other départements are not listed: their académie is
 * unknown to the toolkit.
 *
 * @example
 * IDF_DEPARTEMENT_TO_ACADEMIE["093"]; // "24" (Créteil)
 */
export const IDF_DEPARTEMENT_TO_ACADEMIE: Readonly<Record<string, string>> = {
  "075": "01",
  "077": "24",
  "093": "24",
  "094": "24",
  "078": "25",
  "091": "25",
  "092": "25",
  "095": "25",
};
