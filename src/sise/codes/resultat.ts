/**
 * Result flags of the résultats file: `resdip` (final diploma obtained) and `resint`
 * (intermediate diploma obtained) are `O` yes or `N` no.
 *
 * @example
 * RESULTAT.O; // "Obtenu"
 */
export const RESULTAT = {
  O: "Obtenu",
  N: "Non obtenu",
} as const;

/** A known `resdip`/`resint` code. */
export type Resultat = keyof typeof RESULTAT;
