import type { errorsFr } from "../fr/errors.js";

/** How errors name where a bad value sits, and the hints shared across areas. */
export const errorsEn: typeof errorsFr = {
  column: (name) => `column '${name}'`,
  value: (value) => `value '${value}'`,
  colon: ": ",
  characters: (count) => `(${count} characters)`,
  confidence: (confidence) => `confidence must be strictly between 0 and 1, got ${confidence}`,
};
