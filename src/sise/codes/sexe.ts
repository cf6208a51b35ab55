/**
 * Sex (`sexe`): `1` man, `2` woman (SISE writes `-1` when missing; the reader reports it).
 *
 * @example
 * SEXE["2"]; // "Femme"
 */
export const SEXE = {
  "1": "Homme",
  "2": "Femme",
} as const;

/** A known `sexe` code. */
export type Sexe = keyof typeof SEXE;
