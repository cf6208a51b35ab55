// Public API of oraccle-opendata, grouped by stage of the pipeline:
// read → validate → principal enrolment → states → transitions → indicators/sequences → disclosure → publish.

export type { InputLocation } from "./core/errors.js";
// Errors and exit codes
export { ExitCode, InputError, OraccleError } from "./core/errors.js";
// Disclosure control
export type { CheckReleaseOptions, ReleaseInput, ReleaseVerdict } from "./disclosure/gate/check-release.js";
export { checkRelease } from "./disclosure/gate/check-release.js";
export type { DisclosurePolicy, PolicyPresetName } from "./disclosure/gate/disclosure-policy.js";
export { POLICY_PRESETS, resolvePolicy } from "./disclosure/gate/disclosure-policy.js";
export type { DisclosureReport, ReportCheck, ReportItem } from "./disclosure/gate/disclosure-report.js";
export { formatReport } from "./disclosure/gate/disclosure-report.js";
export { AGE_BANDS, ageHierarchy } from "./disclosure/microdata/age-hierarchy.js";
export type { BetaLikeness } from "./disclosure/microdata/beta-likeness.js";
export { betaLikeness } from "./disclosure/microdata/beta-likeness.js";
export type { DeltaDisclosure, DeltaDisclosureOptions } from "./disclosure/microdata/delta-disclosure.js";
export { deltaDisclosure } from "./disclosure/microdata/delta-disclosure.js";
export type { DiplomHierarchyOptions } from "./disclosure/microdata/diplom-hierarchy.js";
export { diplomHierarchy } from "./disclosure/microdata/diplom-hierarchy.js";
export type { EraseRareAttributesOptions } from "./disclosure/microdata/erase-rare-attributes.js";
export { eraseRareAttributes } from "./disclosure/microdata/erase-rare-attributes.js";
export type { GeneralisationStep } from "./disclosure/microdata/generalise.js";
export { generalise } from "./disclosure/microdata/generalise.js";
export type { GlobalRisk, GlobalRiskOptions } from "./disclosure/microdata/global-risk.js";
export { globalRisk } from "./disclosure/microdata/global-risk.js";
export type { Hierarchy } from "./disclosure/microdata/hierarchy.js";
export { hierarchyFromLevels, hierarchyFromTable } from "./disclosure/microdata/hierarchy.js";
export type { IndividualRiskOptions } from "./disclosure/microdata/individual-risk.js";
export { individualRisk, individualRiskOfKey } from "./disclosure/microdata/individual-risk.js";
export { intervalHierarchy } from "./disclosure/microdata/interval-hierarchy.js";
export type {
  KAnonymityOptions,
  KAnonymityViolations,
} from "./disclosure/microdata/k-anonymity-violations.js";
export { kAnonymityViolations } from "./disclosure/microdata/k-anonymity-violations.js";
export type { KeyFrequencyOptions, MissingKeyTreatment } from "./disclosure/microdata/key-frequencies.js";
export { keyFrequencies } from "./disclosure/microdata/key-frequencies.js";
export type {
  ClassDiversity,
  LDiversity,
  LDiversityOptions,
  SensitiveDiversity,
} from "./disclosure/microdata/l-diversity.js";
export { lDiversity } from "./disclosure/microdata/l-diversity.js";
export type {
  LocalSuppressionOptions,
  LocalSuppressionResult,
} from "./disclosure/microdata/local-suppression.js";
export { localSuppression } from "./disclosure/microdata/local-suppression.js";
export type { MaskSmallCohortsOptions } from "./disclosure/microdata/mask-small-cohorts.js";
export { maskSmallCohorts } from "./disclosure/microdata/mask-small-cohorts.js";
export type { OraccleCohorts, OraccleCohortsOptions } from "./disclosure/microdata/oraccle-cohorts.js";
export { oraccleCohorts } from "./disclosure/microdata/oraccle-cohorts.js";
export type { ProsecutorRisk, ProsecutorRiskOptions } from "./disclosure/microdata/prosecutor-risk.js";
export { prosecutorRisk } from "./disclosure/microdata/prosecutor-risk.js";
export type { RentreeHierarchyOptions } from "./disclosure/microdata/rentree-hierarchy.js";
export { rentreeHierarchy } from "./disclosure/microdata/rentree-hierarchy.js";
export type {
  ClassDistribution,
  SensitiveDistributions,
} from "./disclosure/microdata/sensitive-distributions.js";
export { sensitiveDistributions } from "./disclosure/microdata/sensitive-distributions.js";
export type { GroundDistance, TCloseness, TClosenessOptions } from "./disclosure/microdata/t-closeness.js";
export { tCloseness } from "./disclosure/microdata/t-closeness.js";
export type { UaiHierarchyOptions } from "./disclosure/microdata/uai-hierarchy.js";
export { IDF_DEPARTEMENT_TO_ACADEMIE, uaiHierarchy } from "./disclosure/microdata/uai-hierarchy.js";
export type { PseudonymiserOptions } from "./disclosure/pseudonymisation/create-pseudonymiser.js";
export { createPseudonymiser } from "./disclosure/pseudonymisation/create-pseudonymiser.js";
export { keyedHash } from "./disclosure/pseudonymisation/keyed-hash.js";
export type { PseudonymisationKeySource } from "./disclosure/pseudonymisation/pseudonymisation-key.js";
export {
  assertStrongKey,
  loadPseudonymisationKey,
  PSEUDONYMISATION_KEY_VARIABLE,
} from "./disclosure/pseudonymisation/pseudonymisation-key.js";
export type { AggregateTableOptions } from "./disclosure/tables/aggregate-table.js";
export { aggregateTable } from "./disclosure/tables/aggregate-table.js";
export type { AuditOptions, AuditResult, CellAudit } from "./disclosure/tables/audit-suppression.js";
export { auditSuppression } from "./disclosure/tables/audit-suppression.js";
export type { BuildTableOptions, TableDimension } from "./disclosure/tables/build-table.js";
export { buildTable } from "./disclosure/tables/build-table.js";
export type { DominanceRule } from "./disclosure/tables/dominance-rule.js";
export { dominanceRule } from "./disclosure/tables/dominance-rule.js";
export type { FrequencyRule } from "./disclosure/tables/frequency-rule.js";
export { frequencyRule } from "./disclosure/tables/frequency-rule.js";
export type { LpOutcome, LpSolver } from "./disclosure/tables/highs-solver.js";
export { loadHighs, solveLp } from "./disclosure/tables/highs-solver.js";
export type { LinearTable, TableCell, TableEquation } from "./disclosure/tables/linear-table.js";
export { coordinatesKey } from "./disclosure/tables/linear-table.js";
export type { PPercentRule } from "./disclosure/tables/p-percent-rule.js";
export { pPercentRule } from "./disclosure/tables/p-percent-rule.js";
export type {
  CellProtection,
  CellStatus,
  PrimaryRule,
  PrimaryRuleName,
  PrimarySuppressionOptions,
} from "./disclosure/tables/primary-suppression.js";
export { primarySuppression } from "./disclosure/tables/primary-suppression.js";
export type {
  ProtectedCell,
  ProtectedTable,
  ProtectTableOptions,
  TableProtectionSettings,
} from "./disclosure/tables/protect-table.js";
export { protectTable } from "./disclosure/tables/protect-table.js";
export type { SecondarySuppressionOptions } from "./disclosure/tables/secondary-suppression.js";
export { secondarySuppression } from "./disclosure/tables/secondary-suppression.js";
// Cohort indicators
export type { CohortDefinition, CohortKind } from "./indicators/cohort-definition.js";
export { butCohort, licenceCohort, masterCohort } from "./indicators/cohort-definition.js";
export type {
  CohortIndicatorOptions,
  CohortIndicatorTable,
  IndicatorRow,
} from "./indicators/cohort-indicators.js";
export { cohortIndicators } from "./indicators/cohort-indicators.js";
export type { CohortOutcomes, FollowUpInput } from "./indicators/cohort-outcomes.js";
export { cohortOutcomes } from "./indicators/cohort-outcomes.js";
export type { CohortSankeyOptions } from "./indicators/cohort-sankey.js";
export { cohortSankeyFigure } from "./indicators/cohort-sankey.js";
export type { Breakdown } from "./indicators/cohort-strata.js";
export { BREAKDOWNS, resolveBreakdown, withCohortStrata } from "./indicators/cohort-strata.js";
export type { FollowUpOptions } from "./indicators/follow-up-input.js";
export { followUpInput } from "./indicators/follow-up-input.js";
export type { IndicatorDefinition, ObservationNeed } from "./indicators/indicator-definitions.js";
export { FOLLOW_UP, INDICATORS, indicatorByName, isObservable } from "./indicators/indicator-definitions.js";
export type { ObservationWindow } from "./indicators/observation-window.js";
export { observationWindow } from "./indicators/observation-window.js";
export type { ReferenceRates } from "./indicators/reference-rates.js";
export { mesrReferenceRates, referenceRates, UNKNOWN_STRATUM } from "./indicators/reference-rates.js";
export type { SelectedCohort } from "./indicators/select-cohort.js";
export { selectCohort } from "./indicators/select-cohort.js";
export type {
  ValeurAjouteeOptions,
  ValeurAjouteeResult,
  ValeurAjouteeRow,
} from "./indicators/valeur-ajoutee.js";
export { DEFAULT_VA_STRATA, valeurAjoutee } from "./indicators/valeur-ajoutee.js";
export type { WilsonInterval, WilsonOptions } from "./indicators/wilson-interval.js";
export { wilsonInterval, zForConfidence } from "./indicators/wilson-interval.js";
// Publishing (open dataset)
export type { PublishConfig, PublishOptions, PublishRowAccounting, PublishSummary } from "./publish/publish.js";
export { publish, readPublishConfig } from "./publish/publish.js";
export { readPublishedTable } from "./publish/read-published-table.js";
export type { PackageProblem, PackageValidation } from "./publish/validate-package.js";
export { validateDataPackage } from "./publish/validate-package.js";
// Sequence analysis
export { adjustedRandIndex } from "./sequences/clustering/adjusted-rand-index.js";
export type { ClaraOptions, ClaraResult } from "./sequences/clustering/clara-clustering.js";
export { claraClustering } from "./sequences/clustering/clara-clustering.js";
export type { ClusterQuality } from "./sequences/clustering/cluster-quality.js";
export { clusterQuality, silhouette } from "./sequences/clustering/cluster-quality.js";
export type {
  ClusterRange,
  ClusterRangeOptions,
  ClusterRangeRow,
} from "./sequences/clustering/cluster-range.js";
export { clusterRange } from "./sequences/clustering/cluster-range.js";
export {
  distanceToCenter,
  medoidIndex,
  pseudoVariance,
} from "./sequences/clustering/dissimilarity-center.js";
export type { PamOptions, PamResult } from "./sequences/clustering/pam.js";
export { pamClustering } from "./sequences/clustering/pam.js";
export type { RepresentativeScoreOptions } from "./sequences/clustering/representative-scores.js";
export { modalStateScores, sequenceLogProbabilities } from "./sequences/clustering/representative-scores.js";
export type {
  RepresentativeCriterion,
  RepresentativeOptions,
  RepresentativeResult,
  RepresentativeStatistics,
} from "./sequences/clustering/representatives.js";
export { representativeSequences } from "./sequences/clustering/representatives.js";
export type {
  HierarchicalClustering,
  WardMethod,
  WardOptions,
} from "./sequences/clustering/ward-clustering.js";
export { cutTree, wardClustering } from "./sequences/clustering/ward-clustering.js";
export { complexityIndex } from "./sequences/complexity-index.js";
export { defineSequencesFromSps } from "./sequences/define-sequences-from-sps.js";
export type { AggregatedCases } from "./sequences/distances/aggregate-cases.js";
export { aggregateCases, disaggregate } from "./sequences/distances/aggregate-cases.js";
export type { DistanceMatrix } from "./sequences/distances/distance-matrix.js";
export {
  condensedIndex,
  distanceAt,
  expandDistanceMatrix,
  fromFullMatrix,
  toFullMatrix,
} from "./sequences/distances/distance-matrix.js";
export type { EncodedSequenceOptions } from "./sequences/distances/encoded-sequences.js";
export type { EncodedTransitionRateOptions } from "./sequences/distances/encoded-transition-rates.js";
export { encodedTransitionRates } from "./sequences/distances/encoded-transition-rates.js";
export type { DistanceNormalization } from "./sequences/distances/normalization.js";
export { normalizeDistance } from "./sequences/distances/normalization.js";
export { distancesToReference } from "./sequences/distances/reference-distances.js";
export type {
  AggregatedDistances,
  DistanceMethod,
  ParallelSequenceDistanceOptions,
  SequenceDistanceOptions,
  SubstitutionInput,
} from "./sequences/distances/sequence-distances.js";
export {
  aggregatedSequenceDistances,
  aggregatedSequenceDistancesParallel,
  sequenceDistances,
  sequenceDistancesParallel,
} from "./sequences/distances/sequence-distances.js";
export type { SequenceSetDistanceOptions } from "./sequences/distances/sequence-set-distances.js";
export { sequenceSetDistances } from "./sequences/distances/sequence-set-distances.js";
export type {
  SubstitutionCostMethod,
  SubstitutionCostOptions,
  SubstitutionCosts,
  TimeVaryingSubstitutionCosts,
} from "./sequences/distances/substitution-costs.js";
export { substitutionCosts, timeVaryingSubstitutionCosts } from "./sequences/distances/substitution-costs.js";
export { distinctSuccessiveStates } from "./sequences/distinct-successive-states.js";
export { longitudinalEntropy } from "./sequences/longitudinal-entropy.js";
export type { MeanTimeInState, MeanTimeOptions } from "./sequences/mean-time-in-states.js";
export { meanTimeInStates } from "./sequences/mean-time-in-states.js";
export type { ModalStateSequence } from "./sequences/modal-state-sequence.js";
export { modalStateSequence } from "./sequences/modal-state-sequence.js";
export type { ParsedCsv, SequenceCsvOptions } from "./sequences/read-sequence-csv.js";
export { parseCsv, readSequenceCsv, sequencesFromCsv } from "./sequences/read-sequence-csv.js";
export type { SequenceFrequency, SequenceFrequencyOptions } from "./sequences/sequence-frequencies.js";
export { sequenceFrequencies } from "./sequences/sequence-frequencies.js";
export { sequenceLength } from "./sequences/sequence-length.js";
export type {
  LongStateRecord,
  MissingTreatment,
  RawState,
  SequenceSet,
  SequenceSetOptions,
} from "./sequences/sequence-set.js";
export {
  defineSequences,
  defineSequencesFromLong,
  MISSING_SYMBOL,
  VOID_SYMBOL,
} from "./sequences/sequence-set.js";
export type { SequenceIndicators, SequenceStatistics } from "./sequences/sequence-statistics.js";
export { sequenceStatistics } from "./sequences/sequence-statistics.js";
export { spellDurations } from "./sequences/spell-durations.js";
export { sequencesAsSps, toSps, toSts } from "./sequences/sps-format.js";
export { defaultStateColors, MISSING_STATE_COLOR } from "./sequences/state-colors.js";
export { stateCounts } from "./sequences/state-counts.js";
export type { StateDistribution, StateDistributionOptions } from "./sequences/state-distribution.js";
export { shannonEntropy, stateDistribution } from "./sequences/state-distribution.js";
export { distinctSubsequenceCount, subsequenceCount } from "./sequences/subsequence-count.js";
export { subsetSequences } from "./sequences/subset-sequences.js";
export { transitionCount } from "./sequences/transition-count.js";
export type {
  TransitionRateOptions,
  TransitionRates,
  TransitionRatesByPosition,
} from "./sequences/transition-rates.js";
export { transitionRates, transitionRatesByPosition } from "./sequences/transition-rates.js";
export { turbulence } from "./sequences/turbulence.js";
export { writeDistanceMatrixCsv } from "./sequences/write-distance-matrix.js";
// SISE data model
export type { CodeListName } from "./sise/code-lists.js";
export { codeLabel, SISE_CODE_LISTS } from "./sise/code-lists.js";
export type { Academie } from "./sise/codes/academie.js";
export { ACADEMIE, ACADEMIE_ETRANGER, ACADEMIES_IDF } from "./sise/codes/academie.js";
export type { AgeBac } from "./sise/codes/age-bac.js";
export { AGE_BAC, AGE_BAC_ON_TIME } from "./sise/codes/age-bac.js";
export type { Amena } from "./sise/codes/amena.js";
export { AMENA } from "./sise/codes/amena.js";
export type { BacRgrp, BacSpe } from "./sise/codes/bac-rgrp.js";
export { BAC_RGRP, BAC_SPE } from "./sise/codes/bac-rgrp.js";
export type { CursusLmd } from "./sise/codes/cursus-lmd.js";
export { CURSUS_LMD } from "./sise/codes/cursus-lmd.js";
export type { Discipli, DiscipliInfo } from "./sise/codes/discipli.js";
export { DISCIPLI } from "./sise/codes/discipli.js";
export type { GdDiscipline } from "./sise/codes/gd-discipline.js";
export { GD_DISCIPLINE } from "./sise/codes/gd-discipline.js";
export type { Groupe } from "./sise/codes/groupe.js";
export { GROUPE } from "./sise/codes/groupe.js";
export type { IdfUniversity } from "./sise/codes/idf-universities.js";
export { IDF_UNIVERSITIES, NATIONAL_UNIVERSITIES_2022 } from "./sise/codes/idf-universities.js";
export type { Inspr } from "./sise/codes/inspr.js";
export { INSPR } from "./sise/codes/inspr.js";
export type { MentionBac } from "./sise/codes/mention-bac.js";
export { MENTION_BAC } from "./sise/codes/mention-bac.js";
export { NATION_FRANCE } from "./sise/codes/nation.js";
export type { Niveau } from "./sise/codes/niveau.js";
export { NIVEAU } from "./sise/codes/niveau.js";
export type { OrigineSociale } from "./sise/codes/origine-sociale.js";
export { ORIGINE_SOCIALE, PCSPAR_TO_ORIGINE_SOCIALE } from "./sise/codes/origine-sociale.js";
export type { ParType } from "./sise/codes/par-type.js";
export { PAR_TYPE, PAR_TYPE_LAS } from "./sise/codes/par-type.js";
export type { Pcspar } from "./sise/codes/pcspar.js";
export { PCSPAR } from "./sise/codes/pcspar.js";
export type { Regime } from "./sise/codes/regime.js";
export { REGIME } from "./sise/codes/regime.js";
export type { Resultat } from "./sise/codes/resultat.js";
export { RESULTAT } from "./sise/codes/resultat.js";
export type { Sectdis, SectdisInfo } from "./sise/codes/sectdis.js";
export { SECTDIS } from "./sise/codes/sectdis.js";
export type { SerieBacGroup } from "./sise/codes/serie-bac-group.js";
export { BAC_RGRP_TO_SERIE_GROUP, SERIE_BAC_GROUP } from "./sise/codes/serie-bac-group.js";
export type { Sexe } from "./sise/codes/sexe.js";
export { SEXE } from "./sise/codes/sexe.js";
export type { TypDipl, TypDiplInfo } from "./sise/codes/typ-dipl.js";
export { TYP_DIPL } from "./sise/codes/typ-dipl.js";
export type { CsvEncoding } from "./sise/decode-csv-text.js";
export { ageBacExpr } from "./sise/derived/age-bac-expr.js";
export {
  gdDisciplineFromDiscipliExpr,
  groupeFromDiscipliExpr,
  IUT_TYP_DIPL,
} from "./sise/derived/groupe-expr.js";
export { origineSocialeExpr } from "./sise/derived/origine-sociale-expr.js";
export { serieBacGroupExpr } from "./sise/derived/serie-bac-group-expr.js";
export { formatValidationReport } from "./sise/format-validation-report.js";
// Synthetic data
export type {
  AgeKey,
  GdKey,
  LicenceStratumTarget,
  MentionKey,
  OrigineKey,
  SeriesKey,
  SexeKey,
} from "./sise/generator/calibration-targets.js";
export {
  LICENCE_TARGETS,
  LICENCE_TARGETS_BY_COHORT,
  OTHER_TARGETS,
  PASSAGE_BY_ORIGINE_2023,
  REDOUBLEMENT_2014,
} from "./sise/generator/calibration-targets.js";
export type {
  AdditiveLogit,
  Calibration,
  CohortShift,
  ExpectedLicenceOutcomes,
} from "./sise/generator/fit-calibration.js";
export {
  expectedCohortRates,
  expectedLicenceOutcomes,
  fitCalibration,
} from "./sise/generator/fit-calibration.js";
export type {
  GenerateSiseOptions,
  GenerateSiseSummary,
  SimulatedSise,
} from "./sise/generator/generate-sise.js";
export { generateSise, simulateSise, siseFileName } from "./sise/generator/generate-sise.js";
export type { ReadSiseOptions, SiseExtract } from "./sise/read-sise.js";
export { readSise, validateSise } from "./sise/read-sise.js";
export type { SiseColumnSpec, SiseDtype } from "./sise/schema.js";
export { INSCRIPTION_COLUMNS, polarsDtype, RESULTAT_COLUMNS } from "./sise/schema.js";
export type { SiseFile, SiseSource } from "./sise/sise-files.js";
export { listSiseFiles } from "./sise/sise-files.js";
export { isValidUai, uaiCheckLetter } from "./sise/uai.js";
export type {
  FileValidation,
  RowAccounting,
  UnknownCodeCount,
  ValidationIssue,
  ValidationNotice,
  ValidationReport,
} from "./sise/validation-report.js";
export { neutraliseFormulaExpr, writeRejectsCsv } from "./sise/write-rejects-csv.js";
export { flows } from "./trajectories/flows.js";
// Trajectories
export type {
  PrincipalEnrolmentOptions,
  PrincipalEnrolmentResult,
  PrincipalRule,
} from "./trajectories/principal-enrolments.js";
export { PRINCIPAL_RULES, principalEnrolments } from "./trajectories/principal-enrolments.js";
export type { PresenceStatus, PseudoState } from "./trajectories/pseudo-states.js";
export { PSEUDO_STATES } from "./trajectories/pseudo-states.js";
export type { Devenir, TransitionCategory, TransitionRule } from "./trajectories/rules/index.js";
export { DEVENIR_RULES, TRANSITION_RULES, TransitionRuleError } from "./trajectories/rules/index.js";
export type { Situation } from "./trajectories/situations.js";
export { SITUATIONS } from "./trajectories/situations.js";
export type { StateGranularity, StateOptions } from "./trajectories/states.js";
export { yearlyStates } from "./trajectories/states.js";
export type { TraceCohortResult } from "./trajectories/trace-cohorts.js";
export { studentAttributes, traceCohorts } from "./trajectories/trace-cohorts.js";
export type { TraceOptions } from "./trajectories/traces.js";
export { traces } from "./trajectories/traces.js";
export type { TransitionOptions } from "./trajectories/transitions.js";
export { transitions } from "./trajectories/transitions.js";
export type { ChronogramOptions } from "./viz/chronogram.js";
export { chronogramFigure } from "./viz/chronogram.js";
export type { Figure, FragmentOptions, HtmlPageOptions } from "./viz/figure.js";
// Figures (plotly, offline)
export {
  escapeHtml,
  figureToHtmlFragment,
  plotlyScript,
  renderHtmlPage,
  showFigure,
  writeFigureHtml,
} from "./viz/figure.js";
export type { VaFunnelOptions } from "./viz/funnel-plot.js";
export { vaFunnelFigure } from "./viz/funnel-plot.js";
export type { IndicatorBarsOptions } from "./viz/indicator-bars.js";
export { indicatorBarsFigure } from "./viz/indicator-bars.js";
export type { FlowRow, SankeyOptions } from "./viz/sankey.js";
export { OTHER_STATE, sankeyFigure } from "./viz/sankey.js";
export type { SequenceFrequencyPlotOptions } from "./viz/sequence-frequency-plot.js";
export { sequenceFrequencyFigure } from "./viz/sequence-frequency-plot.js";
export type { SequenceIndexOptions, SequenceSort } from "./viz/sequence-index-plot.js";
export { sequenceIndexFigure, sortIndices } from "./viz/sequence-index-plot.js";
