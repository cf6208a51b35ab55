import { enrolledNow, nextStatusIs } from "./helpers.js";
import type { TransitionRule } from "./rule.js";

/**
 * Toolkit transition `interruption`: enrolled in t, not enrolled in t + 1, enrolled again later
 * (a gap year starts). The MESR devenir counts it as a sortie; the toolkit tells it apart from a
 * departure for good.
 *
 * @example
 * frame.filter(interruption.condition());
 */
export const interruption: TransitionRule<"interruption"> = {
  category: "interruption",
  definition: "Enrolled in t, not enrolled in t + 1, enrolled again in a later observed rentrée.",
  source: "toolkit definition, docs/definitions.md §2; TraMineR 'gaps' of docs/definitions.md §4",
  condition() {
    return enrolledNow().and(nextStatusIs("gap"));
  },
};
