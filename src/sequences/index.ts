// State-sequence analysis with TraMineR / WeightedCluster semantics.
export * from "./clustering/adjusted-rand-index.js";
export * from "./clustering/clara-clustering.js";
export * from "./clustering/cluster-quality.js";
export * from "./clustering/cluster-range.js";
export {
  distanceToCentre,
  medoidIndex,
  pseudoVariance,
} from "./clustering/dissimilarity-center.js";
export * from "./clustering/pam-clustering.js";
export * from "./clustering/representative-scores.js";
export * from "./clustering/representative-sequences.js";
export * from "./clustering/ward-clustering.js";
export * from "./complexity-index.js";
export { defineSequences } from "./define-sequences.js";
export * from "./define-sequences-from-long.js";
export * from "./define-sequences-from-sps.js";
export * from "./distances/aggregate-cases.js";
export * from "./distances/distance-matrix.js";
export * from "./distances/distances-to-reference.js";
export type { EncodedSequenceOptions } from "./distances/encoded-sequences.js";
export * from "./distances/encoded-transition-rates.js";
export type { DistanceNormalisation } from "./distances/normalise-distance.js";
export { normaliseDistance } from "./distances/normalise-distance.js";
export * from "./distances/sequence-distance-options.js";
export type { AggregatedDistances } from "./distances/sequence-distances.js";
export { aggregatedSequenceDistances, sequenceDistances } from "./distances/sequence-distances.js";
export * from "./distances/sequence-distances-parallel.js";
export * from "./distances/sequence-set-distances.js";
export * from "./distances/substitution-costs.js";
export * from "./distinct-successive-states.js";
export * from "./longitudinal-entropy.js";
export * from "./mean-time-in-states.js";
export * from "./modal-state-sequence.js";
export * from "./multichannel/combined-states.js";
export * from "./multichannel/define-multichannel.js";
export * from "./multichannel/multichannel-distances.js";
export type {
  NullClusterQuality,
  NullClusterQualityOptions,
  NullStatistic,
  QualityStatistic,
} from "./null-models/null-cluster-quality.js";
export { nullClusterQuality } from "./null-models/null-cluster-quality.js";
export * from "./null-models/null-sequences.js";
export * from "./read-sequence-csv.js";
export * from "./sequence-frequencies.js";
export * from "./sequence-length.js";
export * from "./sequence-set.js";
export * from "./sequence-statistics.js";
export * from "./spell-durations.js";
export * from "./sps-format.js";
export * from "./state-colours.js";
export * from "./state-counts.js";
export * from "./state-distribution.js";
export * from "./subsequence-count.js";
export * from "./subset-sequences.js";
export * from "./transition-count.js";
export * from "./transition-rates.js";
export * from "./turbulence.js";
export * from "./write-distance-matrix-csv.js";
