import type { SequenceSet } from "./sequence-set.js";

/**
 * The sequences of a set selected by index (or by a predicate on the index), keeping the alphabet,
 * labels, colours, positions and weights — TraMineR's `seqdata[rows, ]`. Use it to describe one
 * cluster or one group with the same states and colours as the whole set.
 *
 * @example
 * const women = subsetSequences(set, (i) => sexe[i] === "2");
 * const cluster1 = subsetSequences(set, [0, 4, 7]);
 */
export function subsetSequences(
  set: SequenceSet,
  selection: readonly number[] | ((index: number) => boolean),
): SequenceSet {
  const indices =
    typeof selection === "function" ? set.sequences.map((_, i) => i).filter(selection) : [...selection];
  for (const i of indices) {
    if (!Number.isInteger(i) || i < 0 || i >= set.sequences.length) {
      throw new RangeError(`subsetSequences: index ${i} is outside 0…${set.sequences.length - 1}`);
    }
  }
  const sequences = indices.map((i) => set.sequences[i] as Int32Array);
  return {
    ...set,
    ids: indices.map((i) => set.ids[i] as string),
    sequences,
    weights: set.weights ? Float64Array.from(indices, (i) => set.weights?.[i] as number) : null,
    hasMissing: sequences.some((s) => s.includes(set.missingCode)),
  };
}
