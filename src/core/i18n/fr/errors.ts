/** How errors name where a bad value sits, and the hints shared across areas. */
export const errorsFr = {
  column: (name: string) => `colonne « ${name} »`,
  value: (value: string) => `valeur « ${value} »`,
  /** Between the location and the problem. */
  colon: " : ",
  characters: (count: number) => `(${count} caractères)`,
  confidence: (confidence: number) =>
    `le niveau de confiance est strictement entre 0 et 1, pas ${confidence}`,
};
