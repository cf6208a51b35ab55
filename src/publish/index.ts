// Publishing: the release's table registry, the writer of gated tables, the fiche, the report,
// the one-call publish() and readOpenDataset() for reusers.
export type { DatasetMetadata, TableDescription } from "./data-package.js";
export { writeDataPackage } from "./data-package.js";
export * from "./hierarchies/diplom-hierarchy.js";
export * from "./hierarchies/rentree-hierarchy.js";
export * from "./hierarchies/uai-hierarchy.js";
export type { PathCounts } from "./path-counts.js";
export * from "./publish.js";
export * from "./publish-config.js";
export type { PublishOptions, PublishRowAccounting, PublishSummary } from "./publish-summary.js";
export * from "./read-open-dataset.js";
export * from "./read-published-table.js";
export * from "./release-table.js";
export { RELEASE_TABLES } from "./tables/index.js";
export * from "./trace-steps.js";
export * from "./utility/devenir-from-cohorts.js";
export * from "./utility/release-utility.js";
export * from "./utility/utility-report.js";
export * from "./utility/utility-statistics.js";
export type { PackageProblem, PackageValidation } from "./validate-package.js";
export { validateDataPackage } from "./validate-package.js";
