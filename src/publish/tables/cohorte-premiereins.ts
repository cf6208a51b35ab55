import { cohortAttributeTable } from "./cohort-attribute-table.js";

/** `cohorte_premiereins.csv`: the first rentrée of the path, per cohort, rare values erased. */
export const cohortePremiereins = cohortAttributeTable({
  attribute: "premiereins",
  description: "Rentrée de la première inscription du parcours (2019 = année universitaire 2019-20)",
  integer: true,
});
