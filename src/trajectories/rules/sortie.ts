import pl from "nodejs-polars";
import { enrolledNow, nextStatusIs } from "./helpers.js";
import type { TransitionRule } from "./rule.js";

/**
 * MESR sortie (devenir en 1 an): not enrolled in t + 1 — whether the student comes back later
 * (a gap) or not. Only observable when t + 1 is within the data: a student enrolled in the last
 * observed rentrée gets a null devenir, never a sortie (right-censoring). With SISE alone this
 * overestimates exits: lycée BTS/CPGE and foreign enrolments are invisible (docs/definitions.md §1).
 *
 * @example
 * frame.filter(sortie.condition());
 */
export const sortie: TransitionRule<"sortie"> = {
  category: "sortie",
  definition: "Sortie = leaves French higher education (incl. abroad).",
  source: "docs/definitions.md §1 (dataesr/datasupr outcomes methodology)",
  condition() {
    return pl.col("next_status").isNotNull().and(nextStatusIs("enrolled").not());
  },
};

/**
 * Toolkit transition `sortie`: enrolled in t, not enrolled in t + 1 nor in any later observed
 * rentrée, without a diploma in t (those are {@link diplomeSortie}). "For good" means "within
 * the observed window": a student who returns after the last observed rentrée cannot be seen.
 *
 * @example
 * frame.filter(sortieDefinitive.condition());
 */
export const sortieDefinitive: TransitionRule<"sortie"> = {
  category: "sortie",
  definition: "Enrolled in t, never enrolled again up to the last observed rentrée (no diploma in t).",
  source: "toolkit definition, docs/definitions.md §2: the MESR sortie, for good",
  condition() {
    return enrolledNow().and(nextStatusIs("left"));
  },
};
