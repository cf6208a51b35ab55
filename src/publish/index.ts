// Publishing: the release's table registry, the writer of gated tables, the fiche, the report,
// the one-call publish() and readOpenDataset() for reusers.
export type { DatasetMetadata, TableDescription } from "./data-package.js";
export { writeDataPackage } from "./data-package.js";
export type { DiplomHierarchyOptions } from "./hierarchies/diplom-hierarchy.js";
export { diplomHierarchy } from "./hierarchies/diplom-hierarchy.js";
export type { RentreeHierarchyOptions } from "./hierarchies/rentree-hierarchy.js";
export { rentreeHierarchy } from "./hierarchies/rentree-hierarchy.js";
export type { UaiHierarchyOptions } from "./hierarchies/uai-hierarchy.js";
export { uaiHierarchy } from "./hierarchies/uai-hierarchy.js";
export { publish } from "./publish.js";
export type { PublishConfig } from "./publish-config.js";
export { readPublishConfig } from "./publish-config.js";
export type { PublishOptions, PublishRowAccounting, PublishSummary } from "./publish-summary.js";
export type { OpenDataset, OpenDatasetLayout } from "./read-open-dataset.js";
export { readOpenDataset } from "./read-open-dataset.js";
export { readPublishedTable } from "./read-published-table.js";
export type {
  RebuiltPaths,
  ReleaseContext,
  ReleasedTable,
  ReleaseTable,
  TableFields,
} from "./release-table.js";
export { RELEASE_TABLES } from "./tables/index.js";
export type { TraceStepsOptions } from "./trace-steps.js";
export { TRACE_GRAMMAR, traceSteps } from "./trace-steps.js";
export type { DevenirCategory } from "./utility/devenir-from-cohorts.js";
export { DEVENIR_CATEGORIES, devenirFromCohorts } from "./utility/devenir-from-cohorts.js";
export type { UtilityEstimator, UtilityInput, UtilityReport } from "./utility/utility-report.js";
export { MASKED_COHORT_IMPUTATION, utilityReport } from "./utility/utility-report.js";
export type { PackageProblem, PackageValidation } from "./validate-package.js";
export { validateDataPackage } from "./validate-package.js";
