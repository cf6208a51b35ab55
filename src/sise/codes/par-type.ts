/**
 * Special licence tracks (`par_type`); null = ordinary. MESR splits licences by it into
 * `LIC_L_LAS`, `LIC_L_LSPS`, `LIC_L_CPES`.
 *
 * @example
 * PAR_TYPE["0001291"]; // "Licence accès santé (L.AS)"
 */
export const PAR_TYPE = {
  "0001291": "Licence accès santé (L.AS)",
  "0001408": "Licence sciences pour la santé (L.SPS)",
  "0001487": "Cycle pluridisciplinaire d'études supérieures (CPES)",
} as const;

/** A known `par_type` code. */
export type ParType = keyof typeof PAR_TYPE;

/** The `par_type` of L.AS, the licences with a health-studies option (2020–). */
export const PAR_TYPE_LAS = "0001291";
