import { ExitCode, OraccleError } from "../../core/errors.js";

/**
 * Options shared by every function that reads encoded sequences directly (the `sequences` array of a
 * `SequenceSet`: one `Int32Array` of state indices per sequence, variable lengths).
 *
 * @example
 * const options: EncodedSequenceOptions = { alphabetSize: 3, withMissing: false };
 */
export interface EncodedSequenceOptions {
  /** Number of states in the alphabet; codes run from `0` to `alphabetSize - 1`. Required. */
  alphabetSize: number;
  /**
   * Treat the missing code (`alphabetSize`) as one more state, as TraMineR's `with.missing = TRUE`.
   * Default `false`: a missing cell is an error, as in `seqdist`.
   */
  withMissing?: boolean | undefined;
}

/**
 * Number of states a distance or cost function works with: the alphabet, plus the missing state when
 * `withMissing` is set (TraMineR adds `nr` as the last state).
 *
 * @example
 * stateCount({ alphabetSize: 3, withMissing: true }); // 4
 */
export function stateCount(options: EncodedSequenceOptions): number {
  return options.alphabetSize + (options.withMissing ? 1 : 0);
}

/**
 * Checks that every code is a state of the alphabet (or the missing code when `withMissing`), so that
 * cost lookups never read out of range. Mirrors `seqdist`'s refusal of missing values
 * ("'with.missing' must be TRUE when 'seqdata' contains missing values").
 *
 * @example
 * checkEncodedSequences([Int32Array.of(0, 1)], { alphabetSize: 2 }); // passes
 */
export function checkEncodedSequences(
  sequences: readonly Int32Array[],
  options: EncodedSequenceOptions,
): void {
  const { alphabetSize } = options;
  if (!Number.isInteger(alphabetSize) || alphabetSize < 1) {
    throw new OraccleError(`alphabetSize must be a positive integer, got ${alphabetSize}`, ExitCode.usage);
  }
  const limit = stateCount(options);
  for (let i = 0; i < sequences.length; i++) {
    const s = sequences[i]!;
    for (let t = 0; t < s.length; t++) {
      const code = s[t]!;
      if (code === alphabetSize && !options.withMissing) {
        throw new OraccleError(
          `sequence ${i + 1}, position ${t + 1}: missing state; set withMissing: true to treat missing as a state (TraMineR with.missing = TRUE)`,
          ExitCode.input,
        );
      }
      if (code < 0 || code >= limit) {
        throw new OraccleError(
          `sequence ${i + 1}, position ${t + 1}: state code ${code} is outside the alphabet (0..${limit - 1})`,
          ExitCode.input,
        );
      }
    }
  }
}

/**
 * Checks case weights: one finite, non-negative number per sequence.
 *
 * @example
 * checkWeights(Float64Array.of(1, 2), 2); // passes
 */
export function checkWeights(weights: ArrayLike<number> | null | undefined, count: number): void {
  if (weights === null || weights === undefined) return;
  if (weights.length !== count) {
    throw new OraccleError(`${weights.length} weights given for ${count} sequences`, ExitCode.usage);
  }
  for (let i = 0; i < count; i++) {
    const w = weights[i]!;
    if (!Number.isFinite(w) || w < 0) {
      throw new OraccleError(
        `weight of sequence ${i + 1} is ${w}; weights must be finite and >= 0`,
        ExitCode.input,
      );
    }
  }
}
