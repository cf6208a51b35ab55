import type { SequenceSet } from "./sequence-set.js";

/**
 * The weights a descriptive function uses: the set's case weights when `weighted` is true and
 * weights are attached, else 1 for every sequence — TraMineR's rule (`weighted = TRUE` by default,
 * ignored when the object carries no weights).
 *
 * @example
 * const w = caseWeights(set, true); // Float64Array, one entry per sequence
 */
export function caseWeights(set: SequenceSet, weighted = true): Float64Array {
  if (weighted && set.weights) return set.weights;
  return new Float64Array(set.sequences.length).fill(1);
}

/**
 * Whether weights really change anything: TraMineR reports `weighted = FALSE` when no weights are
 * attached, when `weighted` is false, or when every weight is 1.
 *
 * @example
 * isWeighted(set); // false for a set defined without weights
 */
export function isWeighted(set: SequenceSet, weighted = true): boolean {
  return weighted && (set.weights?.some((w) => w !== 1) ?? false);
}
