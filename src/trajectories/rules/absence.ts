import { is, nextStatusIs } from "./helpers.js";
import type { TransitionRule } from "./rule.js";

/**
 * Toolkit transition `absence`: a gap that goes on — not enrolled in t nor in t + 1, but
 * enrolled again later.
 *
 * @example
 * frame.filter(absence.condition());
 */
export const absence: TransitionRule<"absence"> = {
  category: "absence",
  definition: "Not enrolled in t nor in t + 1, enrolled again later (the interruption goes on).",
  source: "toolkit definition, docs/definitions.md §2",
  condition() {
    return is("status", "gap").and(nextStatusIs("gap"));
  },
};
