/**
 * Aménagement of the studies (`amena`); null = none. `3` (césure) is what MESR counts as
 * `effectif_cesure`; `4`–`6` come with the 2018 loi ORE.
 *
 * @example
 * AMENA["3"]; // "Césure"
 */
export const AMENA = {
  "1": "Cursus aménagé",
  "2": "Semestrialisation",
  "3": "Césure",
  "4": "Licence en avance (loi ORE)",
  "5": "Licence allongée (loi ORE)",
  "6": "Licence avec compléments (loi ORE)",
} as const;

/** A known `amena` code. */
export type Amena = keyof typeof AMENA;
