import type { DistanceMatrix } from "./distance-matrix.js";
import { hammingDistances } from "./hamming-distances.js";
import { optimalMatchingDistancesParallel } from "./optimal-matching-distances-parallel.js";
import { prepareDistances } from "./prepare-distances.js";
import type { SequenceDistanceOptions } from "./sequence-distance-options.js";
import { type AggregatedDistances, expandToCases } from "./sequence-distances.js";

/**
 * Options of the parallel versions: those of {@link sequenceDistances} plus the number of threads.
 *
 * @example
 * const options: ParallelSequenceDistanceOptions = { alphabetSize: 6, method: "OM", sm: "TRATE", threads: 2 };
 */
export interface ParallelSequenceDistanceOptions extends SequenceDistanceOptions {
  /** Worker threads for OM and LCS. Default: `os.availableParallelism()`. */
  threads?: number | undefined;
}

/**
 * {@link aggregatedSequenceDistances} with OM and LCS computed on several worker threads (rows of the
 * matrix dealt round-robin). Same values, byte for byte; HAM and DHD, already fast, stay on this thread.
 *
 * @example
 * const { distances } = await aggregatedSequenceDistancesParallel(sequences, { alphabetSize: 6, method: "OM", sm: "TRATE" });
 */
export async function aggregatedSequenceDistancesParallel(
  sequences: readonly Int32Array[],
  options: ParallelSequenceDistanceOptions,
): Promise<AggregatedDistances> {
  const { threads, ...rest } = options;
  const prepared = prepareDistances(sequences, rest);
  const distances =
    prepared.kind === "om"
      ? await optimalMatchingDistancesParallel(prepared.packed, prepared.om, threads)
      : hammingDistances(prepared.packed, prepared.hamming);
  return { distances, cases: prepared.cases };
}

/**
 * {@link sequenceDistances} computed with {@link aggregatedSequenceDistancesParallel}: the case-level
 * matrix, OM and LCS on several threads.
 *
 * @example
 * const d = await sequenceDistancesParallel(set.sequences, { alphabetSize: set.alphabet.length, method: "LCS" });
 */
export async function sequenceDistancesParallel(
  sequences: readonly Int32Array[],
  options: ParallelSequenceDistanceOptions,
): Promise<DistanceMatrix> {
  const { distances, cases } = await aggregatedSequenceDistancesParallel(sequences, options);
  return expandToCases(distances, cases, sequences.length);
}
