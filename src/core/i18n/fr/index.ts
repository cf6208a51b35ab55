import { cliFr } from "./cli.js";
import { errorsFr } from "./errors.js";
import { indicatorsFr } from "./indicators.js";
import { linkageFr } from "./linkage.js";
import { siseFr } from "./sise.js";
import { spillFr } from "./spill.js";

/** The French catalogue (the reference: the English one must have the same shape). */
export const fr = {
  cli: cliFr,
  errors: errorsFr,
  indicators: indicatorsFr,
  linkage: linkageFr,
  spill: spillFr,
  sise: siseFr,
};
