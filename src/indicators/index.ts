// Cohort indicators with the MESR definitions, Wilson intervals and valeur ajoutée.
export * from "./cohort-definition.js";
export * from "./cohort-flows.js";
export * from "./cohort-indicators.js";
export * from "./cohort-outcomes.js";
export * from "./follow-up.js";
export * from "./follow-up-input.js";
export * from "./indicator-definition.js";
export * from "./indicators.js";
export * from "./observation-window.js";
export type { ReferenceRates } from "./reference-rates.js";
export { mesrReferenceRates, referenceRates, UNKNOWN_STRATUM } from "./reference-rates.js";
export * from "./select-cohort.js";
export * from "./valeur-ajoutee.js";
export * from "./wilson-interval.js";
export * from "./with-cohort-strata.js";
