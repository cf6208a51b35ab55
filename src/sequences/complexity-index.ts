import { longitudinalEntropy } from "./longitudinal-entropy.js";
import type { SequenceSet } from "./sequence-set.js";
import { transitionCount } from "./transition-count.js";

/**
 * Gabadinho's complexity index of each sequence — TraMineR's `seqici(seqdata, with.missing = FALSE)`:
 * C = sqrt((q / (ℓ − 1)) · (h / ln |A|)), q = number of transitions, ℓ = length (missing cells included,
 * as `seqtransn(norm = TRUE)` does), h = longitudinal entropy. C ∈ [0, 1].
 *
 * @example
 * const set = defineSequences([["A", "B"]], { alphabet: ["A", "B"] });
 * complexityIndex(set); // [1]
 */
export function complexityIndex(set: SequenceSet, options: { withMissing?: boolean } = {}): number[] {
  const withMissing = options.withMissing ?? false;
  const transitions = transitionCount(set, { withMissing, normalize: true });
  const entropy = longitudinalEntropy(set, { withMissing, normalize: true });
  return transitions.map((q, i) => Math.sqrt(q * (entropy[i] as number)));
}
