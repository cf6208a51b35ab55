import { cohortAttributeTable } from "./cohort-attribute-table.js";

/** `cohorte_derniereins.csv`: the last rentrée of the path, per cohort, rare values erased. */
export const cohorteDerniereins = cohortAttributeTable({
  attribute: "derniereins",
  description: "Rentrée de la dernière inscription du parcours",
  integer: true,
});
