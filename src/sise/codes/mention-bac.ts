/**
 * Mention au bac (`mention_bac`). Not in the SISE record itself: MESR matches it from the bac
 * files, so real extracts may lack it. Labels as in MESR's open dataset.
 *
 * @example
 * MENTION_BAC.D; // "Passable premier groupe"
 */
export const MENTION_BAC = {
  A: "Très bien",
  B: "Bien",
  C: "Assez bien",
  D: "Passable premier groupe",
  P: "Passable deuxième groupe",
  Q: "Inconnue",
} as const;

/** A known `mention_bac` code. */
export type MentionBac = keyof typeof MENTION_BAC;
