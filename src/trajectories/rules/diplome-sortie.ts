import pl from "nodejs-polars";
import { enrolledNow, nextStatusIs } from "./helpers.js";
import type { TransitionRule } from "./rule.js";

/**
 * Toolkit transition `diplome_sortie`: a diploma was obtained in t (résultats `resdip = O` at
 * session t + 1) and the student is not enrolled again up to the last observed rentrée — a
 * graduate leaving, not a drop-out. Evaluated before `sortie`.
 *
 * @example
 * frame.filter(diplomeSortie.condition());
 */
export const diplomeSortie: TransitionRule<"diplome_sortie"> = {
  category: "diplome_sortie",
  definition: "Diploma obtained in t, then never enrolled again up to the last observed rentrée.",
  source: "toolkit definition, docs/definitions.md §2; Sankey 'Diplômé' node of docs/definitions.md §4",
  condition() {
    return enrolledNow().and(pl.col("diplome").fillNull(false)).and(nextStatusIs("left"));
  },
};
