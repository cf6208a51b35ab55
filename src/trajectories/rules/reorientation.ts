import { nextStatusIs } from "./helpers.js";
import type { TransitionRule } from "./rule.js";

/**
 * MESR réorientation (devenir en 1 an): enrolled in t + 1 but neither passage nor redoublement —
 * another formation than the licence, or a licence of another groupe, with or without loss of
 * time. Evaluated after {@link passage} and {@link redoublement}, so it is their complement
 * among students still enrolled.
 *
 * @example
 * frame.filter(reorientation.condition());
 */
export const reorientation: TransitionRule<"reorientation"> = {
  category: "reorientation",
  definition:
    "Réorientation = another formation than licence, or a licence of another groupe, with or without loss of time.",
  source: "docs/definitions.md §1 (dataesr/datasupr outcomes methodology)",
  condition() {
    return nextStatusIs("enrolled");
  },
};
