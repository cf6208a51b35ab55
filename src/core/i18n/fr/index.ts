import { cliFr } from "./cli.js";

/** The French catalogue (the reference: the English one must have the same shape). */
export const fr = {
  cli: cliFr,
};
