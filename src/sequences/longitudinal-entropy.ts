import type { SequenceSet } from "./sequence-set.js";
import { stateCounts } from "./state-counts.js";
import { shannonEntropy } from "./state-distribution.js";

/**
 * Longitudinal (within-sequence) entropy — TraMineR's `seqient(seqdata, norm = TRUE, with.missing = FALSE)`:
 * h = −Σ πₛ ln πₛ over the shares of time πₛ spent in each state (order is ignored), divided by
 * ln |A| when `normalize` (|A| + 1 with `withMissing`). An empty sequence has entropy 0.
 *
 * @example
 * const set = defineSequences([["A", "A", "B", "B"]], { alphabet: ["A", "B", "C"] });
 * longitudinalEntropy(set); // [Math.LN2 / Math.log(3)]
 */
export function longitudinalEntropy(
  set: SequenceSet,
  options: { normalize?: boolean; withMissing?: boolean } = {},
): number[] {
  const withMissing = options.withMissing ?? false;
  const size = set.alphabet.length + (withMissing ? 1 : 0);
  const maxEntropy = (options.normalize ?? true) ? Math.log(size) : 1;
  return stateCounts(set, withMissing).map((counts) => shannonEntropy(counts) / maxEntropy);
}
