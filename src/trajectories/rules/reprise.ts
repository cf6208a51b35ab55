import { is, nextStatusIs } from "./helpers.js";
import type { TransitionRule } from "./rule.js";

/**
 * Toolkit transition `reprise`: not enrolled in t (a gap year after an earlier enrolment),
 * enrolled again in t + 1 — a re-entry after an interruption.
 *
 * @example
 * frame.filter(reprise.condition());
 */
export const reprise: TransitionRule<"reprise"> = {
  category: "reprise",
  definition: "Not enrolled in t after an earlier enrolment, enrolled again in t + 1 (re-entry after a gap).",
  source: "toolkit definition, docs/definitions.md §2; TraMineR 'gaps' of docs/definitions.md §4",
  condition() {
    return is("status", "gap").and(nextStatusIs("enrolled"));
  },
};
