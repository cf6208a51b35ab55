import { cohortAttributeTable } from "./cohort-attribute-table.js";

/** `cohorte_sexe.csv`: the sex of the students of each cohort, rare values erased. */
export const cohorteSexe = cohortAttributeTable({
  attribute: "sexe",
  description: "Sexe : 1 homme, 2 femme (libelles/sexe.csv)",
});
