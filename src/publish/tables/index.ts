import type { ReleaseTable } from "../release-table.js";
import { cohorteAgePremiereins } from "./cohorte-age-premiereins.js";
import { cohorteAnbac } from "./cohorte-anbac.js";
import { cohorteBac } from "./cohorte-bac.js";
import { cohorteDerniereins } from "./cohorte-derniereins.js";
import { cohorteEtapes } from "./cohorte-etapes.js";
import { cohortePremiereins } from "./cohorte-premiereins.js";
import { cohorteSexe } from "./cohorte-sexe.js";
import { cohorteSpe } from "./cohorte-spe.js";
import { cohortes } from "./cohortes.js";
import { devenirL1 } from "./devenir-l1.js";
import { flux } from "./flux.js";
import { formations } from "./formations.js";
import { LIBELLES } from "./libelles.js";
import { reussiteLicence } from "./reussite-licence.js";

/**
 * Every table of the release, in build order (a table may derive from one listed before it), and
 * the cohort × attribute tables by the attribute `PublishConfig.cohortAttributes` names.
 *
 * @example
 * RELEASE_TABLES.map((table) => table.name); // ["cohortes", "cohorte_etapes", "formations", …]
 */
export const RELEASE_TABLES: readonly ReleaseTable[] = [
  cohortes,
  cohorteEtapes,
  formations,
  cohorteSexe,
  cohorteAnbac,
  cohorteBac,
  cohorteSpe,
  cohortePremiereins,
  cohorteDerniereins,
  cohorteAgePremiereins,
  flux,
  devenirL1,
  reussiteLicence,
  ...LIBELLES,
];

/** The attribute tables, by the attribute a configuration names (`bac` gives both bac files). */
export const ATTRIBUTE_TABLES: Readonly<Record<string, readonly string[]>> = {
  sexe: ["cohorte_sexe"],
  anbac: ["cohorte_anbac"],
  bac: ["cohorte_bac", "cohorte_spe"],
  premiereins: ["cohorte_premiereins"],
  derniereins: ["cohorte_derniereins"],
  age_premiereins: ["cohorte_age_premiereins"],
};
