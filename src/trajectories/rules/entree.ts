import pl from "nodejs-polars";
import type { TransitionRule } from "./rule.js";

/**
 * Toolkit transition `entree`: the row placed in the year before a student's first enrolment,
 * from the `entree` pseudo-state to the first state. Only for first enrolments after the first
 * observed rentrée: students already present in the first observed year may have started
 * earlier (left-censoring), so they get no entry. An entry may still be a return after a gap
 * longer than the observed window.
 *
 * @example
 * frame.filter(entree.condition());
 */
export const entree: TransitionRule<"entree"> = {
  category: "entree",
  definition: "First observed enrolment of a student, after the first observed rentrée of the data.",
  source: "toolkit definition, docs/definitions.md §2; 'Entrée' node of docs/definitions.md §4",
  condition() {
    return pl.col("is_entry");
  },
};
