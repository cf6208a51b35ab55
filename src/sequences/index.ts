// State-sequence analysis with TraMineR / WeightedCluster semantics.
export { adjustedRandIndex } from "./clustering/adjusted-rand-index.js";
export type { ClaraOptions, ClaraResult } from "./clustering/clara-clustering.js";
export { claraClustering } from "./clustering/clara-clustering.js";
export type { ClusterQuality } from "./clustering/cluster-quality.js";
export { clusterQuality, silhouette } from "./clustering/cluster-quality.js";
export type {
  ClusterRange,
  ClusterRangeOptions,
  ClusterRangeRow,
} from "./clustering/cluster-range.js";
export { clusterRange } from "./clustering/cluster-range.js";
export {
  distanceToCenter,
  medoidIndex,
  pseudoVariance,
} from "./clustering/dissimilarity-center.js";
export type { PamOptions, PamResult } from "./clustering/pam-clustering.js";
export { pamClustering } from "./clustering/pam-clustering.js";
export type { RepresentativeScoreOptions } from "./clustering/representative-scores.js";
export { modalStateScores, sequenceLogProbabilities } from "./clustering/representative-scores.js";
export type {
  RepresentativeCriterion,
  RepresentativeOptions,
  RepresentativeResult,
  RepresentativeStatistics,
} from "./clustering/representative-sequences.js";
export { representativeSequences } from "./clustering/representative-sequences.js";
export type {
  HierarchicalClustering,
  WardMethod,
  WardOptions,
} from "./clustering/ward-clustering.js";
export { cutTree, wardClustering } from "./clustering/ward-clustering.js";
export { complexityIndex } from "./complexity-index.js";
export { defineSequences } from "./define-sequences.js";
export type { LongStateRecord } from "./define-sequences-from-long.js";
export { defineSequencesFromLong } from "./define-sequences-from-long.js";
export { defineSequencesFromSps } from "./define-sequences-from-sps.js";
export type { AggregatedCases } from "./distances/aggregate-cases.js";
export { aggregateCases, disaggregate } from "./distances/aggregate-cases.js";
export type { DistanceMatrix } from "./distances/distance-matrix.js";
export {
  condensedIndex,
  distanceAt,
  expandDistanceMatrix,
  fromFullMatrix,
  toFullMatrix,
} from "./distances/distance-matrix.js";
export { distancesToReference } from "./distances/distances-to-reference.js";
export type { EncodedSequenceOptions } from "./distances/encoded-sequences.js";
export type { EncodedTransitionRateOptions } from "./distances/encoded-transition-rates.js";
export { encodedTransitionRates } from "./distances/encoded-transition-rates.js";
export type { DistanceNormalization } from "./distances/normalize-distance.js";
export { normalizeDistance } from "./distances/normalize-distance.js";
export type {
  DistanceMethod,
  SequenceDistanceOptions,
  SubstitutionInput,
} from "./distances/sequence-distance-options.js";
export type { AggregatedDistances } from "./distances/sequence-distances.js";
export { aggregatedSequenceDistances, sequenceDistances } from "./distances/sequence-distances.js";
export type { ParallelSequenceDistanceOptions } from "./distances/sequence-distances-parallel.js";
export {
  aggregatedSequenceDistancesParallel,
  sequenceDistancesParallel,
} from "./distances/sequence-distances-parallel.js";
export type { SequenceSetDistanceOptions } from "./distances/sequence-set-distances.js";
export { sequenceSetDistances } from "./distances/sequence-set-distances.js";
export type {
  SubstitutionCostMethod,
  SubstitutionCostOptions,
  SubstitutionCosts,
  TimeVaryingSubstitutionCosts,
} from "./distances/substitution-costs.js";
export { substitutionCosts, timeVaryingSubstitutionCosts } from "./distances/substitution-costs.js";
export { distinctSuccessiveStates } from "./distinct-successive-states.js";
export { longitudinalEntropy } from "./longitudinal-entropy.js";
export type { MeanTimeInState, MeanTimeOptions } from "./mean-time-in-states.js";
export { meanTimeInStates } from "./mean-time-in-states.js";
export type { ModalStateSequence } from "./modal-state-sequence.js";
export { modalStateSequence } from "./modal-state-sequence.js";
export type { CombinedStates, CombineOptions } from "./multichannel/combined-states.js";
export { combineChannels } from "./multichannel/combined-states.js";
export type { MultichannelOptions, MultichannelSequenceSet } from "./multichannel/define-multichannel.js";
export { defineMultichannel } from "./multichannel/define-multichannel.js";
export type {
  ChannelCosts,
  MultichannelCosts,
  MultichannelDistanceOptions,
} from "./multichannel/multichannel-distances.js";
export {
  multichannelAggregatedDistances,
  multichannelAggregatedDistancesParallel,
  multichannelCosts,
  multichannelDistances,
} from "./multichannel/multichannel-distances.js";
export type {
  NullClusterQuality,
  NullClusterQualityOptions,
  NullStatistic,
  QualityStatistic,
} from "./null-models/null-cluster-quality.js";
export { nullClusterQuality } from "./null-models/null-cluster-quality.js";
export type { NullModel } from "./null-models/null-sequences.js";
export { nullSequences } from "./null-models/null-sequences.js";
export type { ParsedCsv, SequenceCsvOptions } from "./read-sequence-csv.js";
export { parseCsv, readSequenceCsv, sequencesFromCsv } from "./read-sequence-csv.js";
export type { SequenceFrequency, SequenceFrequencyOptions } from "./sequence-frequencies.js";
export { sequenceFrequencies } from "./sequence-frequencies.js";
export { sequenceLength } from "./sequence-length.js";
export type { MissingTreatment, RawState, SequenceSet, SequenceSetOptions } from "./sequence-set.js";
export { MISSING_SYMBOL, VOID_SYMBOL } from "./sequence-set.js";
export type { SequenceIndicators, SequenceStatistics } from "./sequence-statistics.js";
export { sequenceStatistics } from "./sequence-statistics.js";
export { spellDurations } from "./spell-durations.js";
export { sequencesAsSps, toSps, toSts } from "./sps-format.js";
export { defaultStateColors, MISSING_STATE_COLOR } from "./state-colors.js";
export { stateCounts } from "./state-counts.js";
export type { StateDistribution, StateDistributionOptions } from "./state-distribution.js";
export { shannonEntropy, stateDistribution } from "./state-distribution.js";
export { distinctSubsequenceCount, subsequenceCount } from "./subsequence-count.js";
export { subsetSequences } from "./subset-sequences.js";
export { transitionCount } from "./transition-count.js";
export type {
  TransitionRateOptions,
  TransitionRates,
  TransitionRatesByPosition,
} from "./transition-rates.js";
export { transitionRates, transitionRatesByPosition } from "./transition-rates.js";
export { turbulence } from "./turbulence.js";
export { writeDistanceMatrixCsv } from "./write-distance-matrix-csv.js";
