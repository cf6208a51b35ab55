import { distinctSuccessiveStates } from "./distinct-successive-states.js";
import type { SequenceSet } from "./sequence-set.js";

/**
 * Number φ of distinct subsequences of each sequence, the empty one included — TraMineR's
 * `seqsubsn(seqdata, DSS = TRUE, with.missing = FALSE)` (Elzinga's count used by turbulence).
 *
 * By default φ is computed on the DSS (EM-EM-TR-EM → EM-TR-EM → φ = 7: ∅, EM, TR, EM-TR, TR-EM, EM-EM,
 * EM-TR-EM). With `dss: false` it is computed on the full sequence. Counts are doubles, exact up to 2⁵³.
 *
 * @example
 * const set = defineSequences([["EM", "TR", "EM"]], { alphabet: ["EM", "TR"] });
 * subsequenceCount(set); // [7]
 */
export function subsequenceCount(
  set: SequenceSet,
  options: { withMissing?: boolean; dss?: boolean } = {},
): number[] {
  const sequences =
    (options.dss ?? true)
      ? distinctSuccessiveStates(set, options)
      : set.sequences.map((s) => (options.withMissing ? s : s.filter((code) => code !== set.missingCode)));
  return sequences.map((sequence) => distinctSubsequenceCount(sequence));
}

/**
 * φ of one encoded sequence: prefix counts N(k) = 2·N(k−1) − N(p−1), p being the previous position of
 * the k-th symbol (TraMineR's `nsubs`).
 *
 * @example
 * distinctSubsequenceCount(Int32Array.from([0, 1, 0])); // 7
 */
export function distinctSubsequenceCount(sequence: Int32Array): number {
  const prefixCounts = new Float64Array(sequence.length + 1);
  prefixCounts[0] = 1;
  const lastPosition = new Map<number, number>();
  for (let k = 1; k <= sequence.length; k++) {
    const symbol = sequence[k - 1] as number;
    let n = 2 * (prefixCounts[k - 1] as number);
    const previous = lastPosition.get(symbol);
    // Subsequences ending with this symbol were already counted when it last appeared.
    if (previous !== undefined) n -= prefixCounts[previous - 1] as number;
    prefixCounts[k] = n;
    lastPosition.set(symbol, k);
  }
  return prefixCounts[sequence.length] as number;
}
