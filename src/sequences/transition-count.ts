import { distinctSuccessiveStates } from "./distinct-successive-states.js";
import type { SequenceSet } from "./sequence-set.js";

/**
 * Number of transitions (state changes) in each sequence — TraMineR's
 * `seqtransn(seqdata, with.missing = FALSE, norm = FALSE)`: |DSS| − 1 (0 for an empty sequence).
 *
 * With `normalize`, divides by ℓ − 1 where ℓ is the length *including* missing cells (TraMineR calls
 * `seqlength(seqdata)` with its default `with.missing = TRUE`), and gives 0 when ℓ = 1.
 *
 * @example
 * const set = defineSequences([["A", "A", "B", "A"]], { alphabet: ["A", "B"] });
 * transitionCount(set); // [2]
 * transitionCount(set, { normalize: true }); // [2 / 3]
 */
export function transitionCount(
  set: SequenceSet,
  options: { withMissing?: boolean; normalize?: boolean } = {},
): number[] {
  const dss = distinctSuccessiveStates(set, options);
  return dss.map((states, i) => {
    const transitions = states.length === 0 ? 0 : states.length - 1;
    if (!options.normalize) return transitions;
    const length = (set.sequences[i] as Int32Array).length;
    // TraMineR: trans / (seql − 1), forced to 0 when seql == 1; an empty sequence gives 0 / −1 = 0.
    return length <= 1 ? 0 : transitions / (length - 1);
  });
}
