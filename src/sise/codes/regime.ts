/**
 * Régime d'inscription (`regime`), BCN codes as listed in Easter-eggs/ldapsaisie
 * `BCN_regime_inscription.php`.
 *
 * @example
 * REGIME["12"]; // "Apprentissage"
 */
export const REGIME = {
  "10": "Formation initiale",
  "11": "Reprise d'études non financée sans convention",
  "12": "Apprentissage",
  "20": "Formation continue",
  "21": "Formation continue diplômante",
  "22": "Contrat de professionnalisation",
} as const;

/** A known `regime` code. */
export type Regime = keyof typeof REGIME;
