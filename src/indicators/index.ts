// Cohort indicators with the MESR definitions, Wilson intervals and valeur ajoutée.
export type { CohortDefinition, CohortKind } from "./cohort-definition.js";
export { butCohort, licenceCohort, masterCohort } from "./cohort-definition.js";
export type { CohortFlows, CohortFlowsOptions } from "./cohort-flows.js";
export { cohortFlows } from "./cohort-flows.js";
export type {
  CohortIndicatorOptions,
  CohortIndicatorTable,
  IndicatorRow,
} from "./cohort-indicators.js";
export { cohortIndicators } from "./cohort-indicators.js";
export type { CohortOutcomes, FollowUpInput } from "./cohort-outcomes.js";
export { cohortOutcomes } from "./cohort-outcomes.js";
export { FOLLOW_UP } from "./follow-up.js";
export type { FollowUpOptions } from "./follow-up-input.js";
export { followUpInput } from "./follow-up-input.js";
export type { IndicatorDefinition, ObservationNeed } from "./indicator-definition.js";
export { isObservable } from "./indicator-definition.js";
export { INDICATORS, indicatorByName } from "./indicators.js";
export type { ObservationWindow } from "./observation-window.js";
export { observationWindow } from "./observation-window.js";
export type { ReferenceRates } from "./reference-rates.js";
export { mesrReferenceRates, referenceRates, UNKNOWN_STRATUM } from "./reference-rates.js";
export type { SelectedCohort } from "./select-cohort.js";
export { selectCohort } from "./select-cohort.js";
export type {
  ValeurAjouteeOptions,
  ValeurAjouteeResult,
  ValeurAjouteeRow,
} from "./valeur-ajoutee.js";
export { DEFAULT_VA_STRATA, valeurAjoutee } from "./valeur-ajoutee.js";
export type { WilsonInterval, WilsonOptions } from "./wilson-interval.js";
export { wilsonInterval } from "./wilson-interval.js";
export type { Breakdown } from "./with-cohort-strata.js";
export { BREAKDOWNS, resolveBreakdown, withCohortStrata } from "./with-cohort-strata.js";
