import { caseWeights } from "./case-weights.js";
import type { SequenceSet } from "./sequence-set.js";
import { toSps, toSts } from "./sps-format.js";

/**
 * Options of {@link sequenceFrequencies}.
 *
 * @example
 * const options: SequenceFrequencyOptions = { top: 0 }; // all distinct sequences
 */
export interface SequenceFrequencyOptions {
  /** How many of the most frequent sequences to return; `0` returns all. Default `10` (TraMineR `idxs = 1:10`). */
  top?: number;
  /** Use the set's case weights when it has some. Default `true` (TraMineR `weighted = TRUE`). */
  weighted?: boolean;
}

/**
 * One distinct sequence of a frequency table.
 *
 * @example
 * const row: SequenceFrequency = sequenceFrequencies(set)[0]!;
 */
export interface SequenceFrequency {
  /** The sequence in SPS format, e.g. `(EM,3)-(TR,2)`. */
  sps: string;
  /** The sequence in STS form, e.g. `EM-EM-EM-TR-TR`. */
  sts: string;
  /** Index (in the set) of the first sequence with this pattern; use it to read the encoded form. */
  firstIndex: number;
  /** Number of sequences with this pattern (unweighted). */
  count: number;
  /** Weighted frequency (equals `count` without weights): TraMineR's `Freq`. */
  frequency: number;
  /** `frequency` as a percentage of the total weight of the sequences kept: TraMineR's `Percent`. */
  percent: number;
}

/**
 * Frequency table of distinct sequences, most frequent first — TraMineR's
 * `seqtab(seqdata, idxs = 1:10, weighted = TRUE, format = "SPS")`.
 *
 * Convention (TraMineR 2.2 `R/seqtab.R`): rows made only of missing cells are dropped first; identical
 * sequences (same states, same length; missing cells included) are pooled; `percent` is relative to the
 * total weight of the rows kept. Ties keep the order of seqtab's `state/duration` strings (`EM/3-TR/2`):
 * R builds the table by sorted factor levels, then sorts frequencies stably. Strings are compared with
 * English collation (R in an English locale); R under another locale may order ties differently.
 *
 * @example
 * const set = defineSequences([["A", "B"], ["A", "B"], ["B", "B"]], { alphabet: ["A", "B"] });
 * sequenceFrequencies(set)[0]; // { sps: "(A,1)-(B,1)", frequency: 2, percent: 66.67, … }
 */
export function sequenceFrequencies(
  set: SequenceSet,
  options: SequenceFrequencyOptions = {},
): SequenceFrequency[] {
  const weights = caseWeights(set, options.weighted ?? true);
  const width = set.positions.length;
  // seqtab drops the rows made only of missing cells (`rowSums(seqdata != nr) != 0`): a sequence
  // spanning every position with nothing but `*`. Shorter sequences keep their void cells and stay.
  const dropped = (sequence: Int32Array) =>
    width > 0 && sequence.length === width && sequence.every((code) => code === set.missingCode);
  let total = 0;
  const byPattern = new Map<string, SequenceFrequency & { key: string }>();
  set.sequences.forEach((sequence, index) => {
    if (dropped(sequence)) return;
    total += weights[index] as number;
    const sts = toSts(sequence, set.alphabet);
    let row = byPattern.get(sts);
    if (!row) {
      const sps = toSps(sequence, set.alphabet);
      // seqtab's table is indexed by the SPS string written `state/duration` joined by `-`.
      const key = sps.replace(/\(([^,]*),(\d+)\)/g, "$1/$2");
      row = { sps, sts, firstIndex: index, count: 0, frequency: 0, percent: 0, key };
      byPattern.set(sts, row);
    }
    row.count += 1;
    row.frequency += weights[index] as number;
  });
  const collator = new Intl.Collator("en");
  const rows = [...byPattern.values()].sort((a, b) => collator.compare(a.key, b.key));
  // Array.prototype.sort is stable, so ties keep the string order, like R's stable decreasing sort.
  rows.sort((a, b) => b.frequency - a.frequency);
  const top = options.top ?? 10;
  return (top > 0 ? rows.slice(0, top) : rows).map(({ key: _key, ...row }) => ({
    ...row,
    percent: (100 * row.frequency) / total,
  }));
}
