import { ExitCode, OraccleError } from "../../core/errors.js";
import type { AggregatedCases } from "./aggregate-cases.js";
import { type DistanceMatrix, expandDistanceMatrix } from "./distance-matrix.js";
import { hammingDistances } from "./hamming-distances.js";
import { optimalMatchingDistances } from "./optimal-matching.js";
import { prepareDistances } from "./prepare-distances.js";
import type { SequenceDistanceOptions } from "./sequence-distance-options.js";

/**
 * Pairwise dissimilarities between state sequences, following TraMineR 2.2's `seqdist()` (quirks
 * included): OM with CONSTANT or TRATE costs and TraMineR's indel rule; LCS computed as OM with
 * substitution 2 and indel 1 (so d = ℓx + ℓy − 2·LCS); HAM and DHD only for sequences of equal
 * length; normalisations of {@link normaliseDistance}. Distances are computed once per distinct
 * sequence (as `seqdist` does) and expanded to every case.
 *
 * Works on the encoded form of a `SequenceSet` (`set.sequences`, `alphabetSize: set.alphabet.length`).
 * Returns a condensed {@link DistanceMatrix} in R `dist` order.
 *
 * @example
 * const sequences = [Int32Array.of(0, 0, 1), Int32Array.of(0, 1, 1)];
 * sequenceDistances(sequences, { alphabetSize: 2, method: "OM", sm: "CONSTANT" }).values; // [2]
 * sequenceDistances(sequences, { alphabetSize: 2, method: "HAM" }).values; // [1]
 */
export function sequenceDistances(
  sequences: readonly Int32Array[],
  options: SequenceDistanceOptions,
): DistanceMatrix {
  const { distances, cases } = aggregatedSequenceDistances(sequences, options);
  return expandToCases(distances, cases, sequences.length);
}

/**
 * The case-level matrix of distances computed between distinct sequences: `distances` itself when
 * every case is distinct, else expanded through `cases.disaggIndex` (refused above 2²⁸ pairs).
 *
 * @example
 * const { distances, cases } = aggregatedSequenceDistances(sequences, options);
 * expandToCases(distances, cases, sequences.length);
 */
export function expandToCases(
  distances: DistanceMatrix,
  cases: AggregatedCases,
  count: number,
): DistanceMatrix {
  if (cases.aggIndex.length === count) return distances;
  const pairs = (count * (count - 1)) / 2;
  if (pairs > MAX_EXPANDED_PAIRS) {
    throw new OraccleError(
      `${count} cases make ${pairs} pairs (${Math.round((pairs * 8) / 2 ** 30)} GiB), too many to expand: ` +
        "use aggregatedSequenceDistances() and cluster the distinct sequences with their weights",
      ExitCode.usage,
    );
  }
  return expandDistanceMatrix(distances, cases.disaggIndex);
}

/** Largest case-level matrix {@link sequenceDistances} builds: 2²⁸ pairs, 2 GiB of doubles. */
const MAX_EXPANDED_PAIRS = 2 ** 28;

/**
 * Result of {@link aggregatedSequenceDistances}: distances between distinct sequences and the
 * aggregation that maps them back to cases.
 *
 * @example
 * const r: AggregatedDistances = aggregatedSequenceDistances([Int32Array.of(0)], { alphabetSize: 1, method: "HAM" });
 */
export interface AggregatedDistances {
  /** Condensed distances between the distinct sequences, in `cases.aggIndex` order. */
  distances: DistanceMatrix;
  /** Distinct sequences, their summed case weights (`aggWeights`) and the case → distinct mapping. */
  cases: AggregatedCases;
}

/**
 * Distances between the **distinct** sequences only, with the aggregation of cases
 * (WeightedCluster's recommended workflow: `wcAggregateCases` then `seqdist` on unique sequences,
 * clustering with `aggWeights`, labels brought back with `disaggregate`). Same options and values
 * as {@link sequenceDistances}; memory grows with the number of distinct sequences, not of cases.
 *
 * @example
 * const sequences = [Int32Array.of(0, 1), Int32Array.of(0, 1), Int32Array.of(1, 1)];
 * const { distances, cases } = aggregatedSequenceDistances(sequences, { alphabetSize: 2, method: "HAM" });
 * distances.values; // Float64Array [1]; cases.aggWeights: [2, 1]
 */
export function aggregatedSequenceDistances(
  sequences: readonly Int32Array[],
  options: SequenceDistanceOptions,
): AggregatedDistances {
  const prepared = prepareDistances(sequences, options);
  const distances =
    prepared.kind === "om"
      ? optimalMatchingDistances(prepared.packed, prepared.om)
      : hammingDistances(prepared.packed, prepared.hamming);
  return { distances, cases: prepared.cases };
}
