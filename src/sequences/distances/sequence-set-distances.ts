import type { SequenceSet } from "../sequence-set.js";
import type { DistanceMatrix } from "./distance-matrix.js";
import type { SequenceDistanceOptions } from "./sequence-distance-options.js";
import { sequenceDistances } from "./sequence-distances.js";

/**
 * Options of {@link sequenceSetDistances}: those of {@link sequenceDistances} without the encoding
 * details, which the set provides.
 *
 * @example
 * const options: SequenceSetDistanceOptions = { method: "OM", sm: "TRATE", norm: "auto" };
 */
export type SequenceSetDistanceOptions = Omit<SequenceDistanceOptions, "alphabetSize" | "weights"> & {
  /** Use the set's weights for TRATE costs (TraMineR `weighted = TRUE`). Default `true`. */
  weighted?: boolean | undefined;
};

/**
 * TraMineR's `seqdist()` on a sequence set: {@link sequenceDistances} with the set's alphabet size
 * and, for TRATE costs, its weights (unless `weighted: false`). Missing cells need `withMissing: true`.
 *
 * @example
 * const set = defineSequences([["A", "B"], ["B", "B"]], { alphabet: ["A", "B"] });
 * sequenceSetDistances(set, { method: "HAM" }).values; // Float64Array [1]
 */
export function sequenceSetDistances(set: SequenceSet, options: SequenceSetDistanceOptions): DistanceMatrix {
  const { weighted, ...rest } = options;
  return sequenceDistances(set.sequences, {
    ...rest,
    alphabetSize: set.alphabet.length,
    weights: weighted === false ? null : set.weights,
  });
}
