// Disclosure control: microdata risk, table protection with an LP audit, pseudonymisation, release gate.
export type { CheckReleaseOptions, ReleaseInput, ReleaseVerdict } from "./gate/check-release.js";
export { checkRelease } from "./gate/check-release.js";
export type { CohortAttributeInput, CohortsInput } from "./gate/cohort-gate.js";
export type { CountTableInput, PublishedStatus } from "./gate/count-table-gate.js";
export type { DisclosurePolicy, PolicyPresetName } from "./gate/disclosure-policy.js";
export { POLICY_PRESETS, resolvePolicy } from "./gate/disclosure-policy.js";
export type { DisclosureReport, ReportCheck, ReportItem } from "./gate/disclosure-report.js";
export { formatReport } from "./gate/disclosure-report.js";
export type { MicrodataInput } from "./gate/microdata-gate.js";
export type { ReferenceInput } from "./gate/reference-gate.js";
export type { ReleasedFrame } from "./gate/released-frame.js";
export { concatReleased, deriveReleased } from "./gate/released-frame.js";
export type { TableInput } from "./gate/table-gate.js";
export { AGE_BANDS, ageHierarchy } from "./microdata/age-hierarchy.js";
export type { BetaLikeness } from "./microdata/beta-likeness.js";
export { betaLikeness } from "./microdata/beta-likeness.js";
export type { DeltaDisclosure, DeltaDisclosureOptions } from "./microdata/delta-disclosure.js";
export { deltaDisclosure } from "./microdata/delta-disclosure.js";
export type { EraseRareAttributesOptions } from "./microdata/erase-rare-attributes.js";
export { eraseRareAttributes } from "./microdata/erase-rare-attributes.js";
export type { GeneralisationStep } from "./microdata/generalise.js";
export { generalise } from "./microdata/generalise.js";
export type { GlobalRisk, GlobalRiskOptions } from "./microdata/global-risk.js";
export { globalRisk } from "./microdata/global-risk.js";
export type { Hierarchy } from "./microdata/hierarchy.js";
export { hierarchyFromLevels, hierarchyFromTable } from "./microdata/hierarchy.js";
export type { IndividualRiskOptions } from "./microdata/individual-risk.js";
export { individualRisk, individualRiskOfKey } from "./microdata/individual-risk.js";
export { intervalHierarchy } from "./microdata/interval-hierarchy.js";
export type {
  KAnonymityOptions,
  KAnonymityViolations,
} from "./microdata/k-anonymity-violations.js";
export { kAnonymityViolations } from "./microdata/k-anonymity-violations.js";
export type { KeyFrequencyOptions, MissingKeyTreatment } from "./microdata/key-frequencies.js";
export { keyFrequencies } from "./microdata/key-frequencies.js";
export type {
  ClassDiversity,
  LDiversity,
  LDiversityOptions,
  SensitiveDiversity,
} from "./microdata/l-diversity.js";
export { lDiversity } from "./microdata/l-diversity.js";
export type {
  LocalSuppressionOptions,
  LocalSuppressionResult,
} from "./microdata/local-suppression.js";
export { localSuppression } from "./microdata/local-suppression.js";
export type { MaskSmallCohortsOptions } from "./microdata/mask-small-cohorts.js";
export { maskSmallCohorts } from "./microdata/mask-small-cohorts.js";
export type { MeasureRiskOptions, RiskDistribution, RiskMeasures } from "./microdata/measure-risk.js";
export { measureRisk } from "./microdata/measure-risk.js";
export type { KeyCodes, MinimalSampleUniques } from "./microdata/minimal-sample-uniques.js";
export { minimalSampleUniques } from "./microdata/minimal-sample-uniques.js";
export type { ProsecutorRisk, ProsecutorRiskOptions } from "./microdata/prosecutor-risk.js";
export { prosecutorRisk } from "./microdata/prosecutor-risk.js";
export type {
  ClassDistribution,
  SensitiveDistributions,
} from "./microdata/sensitive-distributions.js";
export { sensitiveDistributions } from "./microdata/sensitive-distributions.js";
export type { Suda2, Suda2Options } from "./microdata/suda2.js";
export { suda2 } from "./microdata/suda2.js";
export type { GroundDistance, TCloseness, TClosenessOptions } from "./microdata/t-closeness.js";
export { tCloseness } from "./microdata/t-closeness.js";
export type { PseudonymiserOptions } from "./pseudonymisation/create-pseudonymiser.js";
export { createPseudonymiser } from "./pseudonymisation/create-pseudonymiser.js";
export { keyedHash } from "./pseudonymisation/keyed-hash.js";
export type { PseudonymisationKeySource } from "./pseudonymisation/pseudonymisation-key.js";
export {
  assertStrongKey,
  loadPseudonymisationKey,
  PSEUDONYMISATION_KEY_VARIABLE,
} from "./pseudonymisation/pseudonymisation-key.js";
export type { AggregateTableOptions } from "./tables/aggregate-table.js";
export { aggregateTable } from "./tables/aggregate-table.js";
export type { AuditOptions, AuditResult, CellAudit } from "./tables/audit-suppression.js";
export { auditSuppression } from "./tables/audit-suppression.js";
export type { BuildTableOptions, TableDimension } from "./tables/build-table.js";
export { buildTable } from "./tables/build-table.js";
export { cellKey, recordKeys } from "./tables/cell-key.js";
export type {
  NestedCells,
  PerturbationFailure,
  PerturbationVerdict,
  PerturbedCell,
} from "./tables/check-perturbed-release.js";
export { checkPerturbedRelease } from "./tables/check-perturbed-release.js";
export type { DominanceRule } from "./tables/dominance-rule.js";
export { dominanceRule } from "./tables/dominance-rule.js";
export type { FrequencyRule } from "./tables/frequency-rule.js";
export { frequencyRule } from "./tables/frequency-rule.js";
export type { LpOutcome, LpSolver } from "./tables/highs-solver.js";
export { loadHighs, solveLp } from "./tables/highs-solver.js";
export type { LinearTable, TableCell, TableEquation } from "./tables/linear-table.js";
export { coordinatesKey } from "./tables/linear-table.js";
export type { PPercentRule } from "./tables/p-percent-rule.js";
export { pPercentRule } from "./tables/p-percent-rule.js";
export type { PerturbCountsOptions } from "./tables/perturb-counts.js";
export { perturbCounts } from "./tables/perturb-counts.js";
export type {
  PerturbationOutcome,
  PerturbationParameters,
  PerturbationTable,
} from "./tables/perturbation-table.js";
export { perturbationTable, perturbCount } from "./tables/perturbation-table.js";
export type {
  CellProtection,
  CellStatus,
  PrimaryRule,
  PrimaryRuleName,
  PrimarySuppressionOptions,
} from "./tables/primary-suppression.js";
export { primarySuppression } from "./tables/primary-suppression.js";
export type { AttributeTableOptions } from "./tables/protect-attribute-table.js";
export { protectAttributeTable } from "./tables/protect-attribute-table.js";
export type {
  ProtectedCell,
  ProtectedTable,
  ProtectTableOptions,
  TableProtectionSettings,
} from "./tables/protect-table.js";
export { protectTable } from "./tables/protect-table.js";
export type { SecondarySuppressionOptions } from "./tables/secondary-suppression.js";
export { secondarySuppression } from "./tables/secondary-suppression.js";
export type {
  RateError,
  RateErrorOptions,
  RateErrorSummary,
  RateErrors,
  RateEstimate,
} from "./utility/rate-errors.js";
export { rateErrors } from "./utility/rate-errors.js";
