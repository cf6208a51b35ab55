import type { fr } from "../fr/index.js";
import { cliEn } from "./cli.js";

/** The English catalogue, checked against the French one by the compiler. */
export const en: typeof fr = {
  cli: cliEn,
};
