import type { fr } from "../fr/index.js";
import { cliEn } from "./cli.js";
import { errorsEn } from "./errors.js";
import { indicatorsEn } from "./indicators.js";
import { linkageEn } from "./linkage.js";
import { siseEn } from "./sise.js";
import { spillEn } from "./spill.js";

/** The English catalogue, checked against the French one by the compiler. */
export const en: typeof fr = {
  cli: cliEn,
  errors: errorsEn,
  indicators: indicatorsEn,
  linkage: linkageEn,
  spill: spillEn,
  sise: siseEn,
};
