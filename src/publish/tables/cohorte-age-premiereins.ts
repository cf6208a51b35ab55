import { cohortAttributeTable } from "./cohort-attribute-table.js";

/** `cohorte_age_premiereins.csv`: the age at the first enrolment, per cohort, rare values erased. */
export const cohorteAgePremiereins = cohortAttributeTable({
  attribute: "age_premiereins",
  description: "Âge à la première inscription (rentrée − année de naissance)",
  integer: true,
});
