// Publishing: Etalab CSV, Table Schema, data package, fiche, report, and the one-call publish().
export type { PublishConfig, PublishOptions, PublishRowAccounting, PublishSummary } from "./publish.js";
export { publish, readPublishConfig } from "./publish.js";
export { readPublishedTable } from "./read-published-table.js";
export type { DevenirCategory } from "./utility/devenir-from-cohorts.js";
export { DEVENIR_CATEGORIES, devenirFromCohorts } from "./utility/devenir-from-cohorts.js";
export type { UtilityEstimator, UtilityInput, UtilityReport } from "./utility/utility-report.js";
export { MASKED_COHORT_IMPUTATION, utilityReport } from "./utility/utility-report.js";
export type { PackageProblem, PackageValidation } from "./validate-package.js";
export { validateDataPackage } from "./validate-package.js";
