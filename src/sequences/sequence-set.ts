/**
 * What to do with missing cells in one region of a sequence, as TraMineR's `seqdef(left, gaps, right)`:
 *
 * - `"NA"` keeps them as a real missing state (shown as `*`, encoded as `alphabet.length`);
 * - `"DEL"` deletes them: the following cells shift left and the sequence gets shorter
 *   (the freed cells at the end are *void*, i.e. beyond the sequence's length);
 * - any other string is a state code that replaces them (added to the alphabet when absent,
 *   exactly like TraMineR does).
 *
 * @example
 * const treatment: MissingTreatment = "DEL";
 */
export type MissingTreatment = "NA" | "DEL" | (string & {});

/**
 * The code TraMineR prints for a missing cell kept as missing (`nr = "*"`).
 *
 * @example
 * toSts(Int32Array.of(0, set.missingCode), set.alphabet); // "A-*"
 */
export const MISSING_SYMBOL = "*";
/**
 * The code TraMineR prints for a void cell, after the end of a shorter sequence (`void = "%"`).
 * Void cells are not stored: a shorter sequence simply has a shorter `Int32Array`.
 *
 * @example
 * const shown = t < sequence.length ? set.alphabet[sequence[t]] : VOID_SYMBOL;
 */
export const VOID_SYMBOL = "%";

/**
 * Options of {@link defineSequences} and {@link defineSequencesFromLong}.
 *
 * @example
 * const options: SequenceSetOptions = { alphabet: ["EM", "TR", "JL"], right: "DEL" };
 */
export interface SequenceSetOptions {
  /** Ordered list of state codes. Its order fixes every table, matrix and plot. Required: never inferred. */
  alphabet: readonly string[];
  /** Human-readable label of each state, same order as `alphabet`. Default: the codes themselves. */
  labels?: readonly string[] | undefined;
  /**
   * One CSS colour per state, same order as `alphabet`. Default: TraMineR's palette (ColorBrewer
   * `Accent` up to 8 states, `Set3` up to 12, then evenly spaced hues).
   */
  colors?: readonly string[] | undefined;
  /** Identifier of each sequence. Default for wide input: `"1"`, `"2"`, … (1-based row numbers). */
  ids?: readonly string[] | undefined;
  /** Case weights, one per sequence; negative or non-finite values are rejected. Default: none. */
  weights?: ArrayLike<number> | null | undefined;
  /** Names of the positions (columns), e.g. `["2019", "2020", …]`. Default: `T1`, `T2`, … */
  positions?: readonly string[] | undefined;
  /** Missing cells before the first valid state. Default `"NA"` (kept as missing), as TraMineR. */
  left?: MissingTreatment | undefined;
  /** Missing cells between two valid states. Default `"NA"` (kept as missing), as TraMineR. */
  gaps?: MissingTreatment | undefined;
  /** Missing cells after the last valid state. Default `"DEL"` (the sequence ends there), as TraMineR. */
  right?: MissingTreatment | undefined;
  /** Raw cell values read as missing. Default: `null`, `undefined`, `""`, `"NA"` and `"*"`. */
  missingValues?: readonly (string | null | undefined)[] | undefined;
  /** File name used in error messages. Default `"sequence data"`. */
  file?: string | undefined;
  /** File line of the first data row, for error messages. Default `2` (a CSV with one header line). */
  firstLine?: number | undefined;
  /** File line of each row, for error messages when rows span several lines. Default: `firstLine + row`. */
  lines?: readonly number[] | undefined;
}

/**
 * A set of state sequences in the encoded form every sequence function works on (TraMineR's
 * `stslist` object, after `seqdef`).
 *
 * `sequences[i][t]` is the index of the state of sequence `i` at position `t` in `alphabet`, or
 * `missingCode` (= `alphabet.length`) for a missing cell kept as missing. Sequences have variable
 * lengths when cells were deleted (`right = "DEL"` by default): positions past the length are void.
 *
 * @example
 * const set = defineSequences([["A", "A", "B"]], { alphabet: ["A", "B"] });
 * set.sequences[0]; // Int32Array [0, 0, 1]
 */
export interface SequenceSet {
  /** State codes, in order; may end with replacement states added by `left`/`gaps`/`right`. */
  readonly alphabet: readonly string[];
  /** One label per state of `alphabet`. */
  readonly labels: readonly string[];
  /** One colour per state of `alphabet`. */
  readonly colors: readonly string[];
  /** Colour of the missing state (TraMineR `missing.color = "darkgrey"`). */
  readonly missingColor: string;
  /** One id per sequence. */
  readonly ids: readonly string[];
  /** Position names; its length is the number of columns (the maximal possible length). */
  readonly positions: readonly string[];
  /** Encoded sequences: state index per position; `missingCode` for a missing cell. */
  readonly sequences: readonly Int32Array[];
  /** Case weights, or `null` when none were given (every sequence counts 1). */
  readonly weights: Float64Array | null;
  /** The code of a missing cell: `alphabet.length`. */
  readonly missingCode: number;
  /** Whether at least one kept missing cell exists. */
  readonly hasMissing: boolean;
}

/**
 * A raw cell as read from a file or a frame: a state code, a number (read as its string), or a
 * missing value (`null`, `undefined`, `NaN`, or one of `missingValues`).
 *
 * @example
 * const row: RawState[] = ["EM", "EM", null, "TR"];
 */
export type RawState = string | number | null | undefined;
