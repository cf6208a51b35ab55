/**
 * Status of the student in a lycée post-bac class (BPBAC `statut`): code → French label.
 *
 * @example
 * STATUT_BPBAC.A; // "Apprenti"
 */
export const STATUT_BPBAC = {
  E: "Élève (statut scolaire)",
  A: "Apprenti",
  P: "Contrat de professionnalisation",
  S: "Stagiaire de la formation continue",
} as const;

/** A BPBAC status code (`E`, `A`, `P`, `S`). */
export type StatutBpbac = keyof typeof STATUT_BPBAC;

/**
 * The SISE `regime` that says the same as a BPBAC status, so that both sources share one column
 * once combined: élève → `10` formation initiale, apprenti → `12`, contrat de
 * professionnalisation → `22`, stagiaire → `21` formation continue diplômante.
 *
 * @example
 * STATUT_TO_REGIME.A; // "12"
 */
export const STATUT_TO_REGIME: Readonly<Record<StatutBpbac, string>> = { E: "10", A: "12", P: "22", S: "21" };
