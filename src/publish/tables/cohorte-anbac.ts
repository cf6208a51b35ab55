import { cohortAttributeTable } from "./cohort-attribute-table.js";

/** `cohorte_anbac.csv`: the year of the bac of the students of each cohort, rare values erased. */
export const cohorteAnbac = cohortAttributeTable({
  attribute: "anbac",
  description: "Année d'obtention du bac (-1 : sans bac)",
  integer: true,
});
