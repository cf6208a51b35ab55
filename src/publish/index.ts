// Publishing: Etalab CSV, Table Schema, data package, fiche, report, and the one-call publish().
export type { PublishConfig, PublishOptions, PublishRowAccounting, PublishSummary } from "./publish.js";
export { publish, readPublishConfig } from "./publish.js";
export { readPublishedTable } from "./read-published-table.js";
export type { PackageProblem, PackageValidation } from "./validate-package.js";
export { validateDataPackage } from "./validate-package.js";
