import { distinctSuccessiveStates } from "./distinct-successive-states.js";
import type { SequenceSet } from "./sequence-set.js";
import { spellDurations } from "./spell-durations.js";
import { distinctSubsequenceCount } from "./subsequence-count.js";

/**
 * Elzinga's turbulence of each sequence — TraMineR's `seqST(seqdata, norm = FALSE, with.missing = FALSE, type = 1)`.
 *
 * T = log₂(φ · (s²max + 1) / (s² + 1)) with φ the number of distinct subsequences of the DSS (empty one
 * included), s² the *population* variance of the spell durations, s²max = (n_d − 1)(1 − t̄)², n_d = |DSS|,
 * t̄ = mean spell duration (`seqivardur(type = 1)`). DSS and durations come from
 * {@link distinctSuccessiveStates} and {@link spellDurations}, exactly as `seqST` combines `seqdss` and
 * `seqdur` (missing cells ignored unless `withMissing`).
 *
 * With `normalize`: (T − 1) / (T_max − 1), T_max being the turbulence of the alphabet repeated up to the
 * maximal sequence length of the set; sequences with T < 1 get 0.
 *
 * @example
 * const set = defineSequences([["A", "A", "B"]], { alphabet: ["A", "B"] });
 * turbulence(set); // [log2(4 · 1.25 / 1.25)] = [2]
 */
export function turbulence(
  set: SequenceSet,
  options: { normalize?: boolean; withMissing?: boolean } = {},
): number[] {
  const withMissing = options.withMissing ?? false;
  const dss = distinctSuccessiveStates(set, { withMissing });
  const durations = spellDurations(set, { withMissing });
  const values = dss.map((states, i) => turbulenceOf(states, durations[i] as Int32Array));
  if (!options.normalize) return values;
  const size = set.alphabet.length + (withMissing ? 1 : 0);
  // TraMineR uses seqlength() with its default with.missing = TRUE for the maximal length.
  const maxLength = set.sequences.reduce((max, s) => Math.max(max, s.length), 0);
  const cycle = Int32Array.from({ length: maxLength }, (_, t) => t % size);
  const maxTurbulence = turbulenceOf(cycle, new Int32Array(maxLength).fill(1));
  return values.map((value) => (value < 1 ? 0 : (value - 1) / (maxTurbulence - 1)));
}

function turbulenceOf(dss: Int32Array, durations: Int32Array): number {
  const phi = distinctSubsequenceCount(dss);
  const n = durations.length;
  let mean = 0;
  for (const d of durations) mean += d;
  mean /= n;
  let variance = 0;
  for (const d of durations) variance += (d - mean) ** 2;
  variance /= n;
  const maxVariance = (dss.length - 1) * (1 - mean) ** 2;
  return Math.log2((phi * (maxVariance + 1)) / (variance + 1));
}
