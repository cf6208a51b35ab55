import { InputError } from "../core/errors.js";
import { defaultStateColors, MISSING_STATE_COLOR } from "./state-colors.js";

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

const DEFAULT_MISSING_VALUES: readonly (string | null | undefined)[] = [null, undefined, "", "NA", "*"];

/**
 * Defines a sequence set from wide data (one row per individual, one cell per position), like
 * TraMineR's `seqdef()` on STS data, including its missing-value handling (`left`, `gaps`, `right`).
 * An unknown state or a bad weight raises an `InputError` naming the line, the column and the value.
 *
 * Quirks kept from TraMineR 2.2 (`TraMineR.trunc`): a row with only missing cells is handled by
 * `right` (so it becomes an empty sequence by default); deleted cells are removed and the rest
 * shifted left; a replacement state that is not in the alphabet is appended to it.
 *
 * @example
 * const set = defineSequences(
 *   [["EM", "EM", "TR"], [null, "TR", null]],
 *   { alphabet: ["EM", "TR"], ids: ["a", "b"] },
 * );
 * // set.sequences[1] is [missing, TR]: left NA kept, right NA deleted
 */
export function defineSequences(
  rows: readonly (readonly RawState[])[],
  options: SequenceSetOptions,
): SequenceSet {
  const file = options.file ?? "sequence data";
  const firstLine = options.firstLine ?? 2;
  const lineOf = (row: number) => options.lines?.[row] ?? firstLine + row;
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  const positions = options.positions ? [...options.positions] : defaultPositions(width);
  if (options.positions && options.positions.length < width) {
    throw new InputError(
      `${width} positions in the data but only ${options.positions.length} position names`,
      { file },
      "give one name per position column",
    );
  }
  const left = options.left ?? "NA";
  const gaps = options.gaps ?? "NA";
  const right = options.right ?? "DEL";

  const alphabet = [...options.alphabet];
  checkAlphabet(alphabet, file);
  const given = alphabet.length;
  // TraMineR appends a replacement state missing from the alphabet (seqdef, "specst").
  for (const treatment of [left, gaps, right]) {
    if (treatment !== "NA" && treatment !== "DEL" && !alphabet.includes(treatment)) alphabet.push(treatment);
  }
  const labels = resolvePerState(options.labels, given, alphabet, "labels", file) ?? alphabet.slice();
  const colors =
    resolvePerState(options.colors, given, alphabet, "colors", file) ?? defaultStateColors(alphabet.length);
  if (labels.length < alphabet.length) labels.push(...alphabet.slice(labels.length));
  if (colors.length < alphabet.length) {
    const extra = defaultStateColors(alphabet.length);
    colors.push(...extra.slice(colors.length));
  }

  const missingCode = alphabet.length;
  const codeOf = new Map<string, number>(alphabet.map((state, index) => [state, index]));
  const missingValues = new Set<string | null | undefined>(options.missingValues ?? DEFAULT_MISSING_VALUES);
  const treatmentCode = (treatment: MissingTreatment): number =>
    treatment === "NA" ? missingCode : treatment === "DEL" ? -1 : (codeOf.get(treatment) as number);
  const leftCode = treatmentCode(left);
  const gapsCode = treatmentCode(gaps);
  const rightCode = treatmentCode(right);

  const ids = options.ids ? [...options.ids] : rows.map((_, index) => String(index + 1));
  if (ids.length !== rows.length) {
    throw new InputError(`${rows.length} sequences but ${ids.length} ids`, { file }, "give one id per row");
  }
  const weights = checkWeights(options.weights, rows.length, file, lineOf);

  let hasMissing = false;
  const sequences = rows.map((row, rowIndex) => {
    const raw = new Int32Array(width).fill(missingCode);
    let first = -1;
    let last = -1;
    for (let t = 0; t < row.length; t++) {
      const cell = row[t];
      const text =
        cell === null || cell === undefined ? cell : typeof cell === "number" ? String(cell) : cell;
      if (typeof cell === "number" && Number.isNaN(cell)) continue;
      if (missingValues.has(text)) continue;
      const code = codeOf.get(text as string);
      if (code === undefined || code >= given) {
        throw new InputError(
          `state '${text}' is not in the alphabet (${options.alphabet.join(", ")})`,
          { file, line: lineOf(rowIndex), column: positions[t], value: String(text) },
          "add the state to the alphabet or declare the value as missing",
        );
      }
      raw[t] = code;
      if (first < 0) first = t;
      last = t;
    }
    // Apply left / gaps / right as TraMineR.trunc does; -1 marks a deleted cell.
    const out: number[] = [];
    for (let t = 0; t < width; t++) {
      const code = raw[t] as number;
      if (code !== missingCode) {
        out.push(code);
        continue;
      }
      const treatment = first < 0 ? rightCode : t < first ? leftCode : t > last ? rightCode : gapsCode;
      if (treatment < 0) continue;
      if (treatment === missingCode) hasMissing = true;
      out.push(treatment);
    }
    return Int32Array.from(out);
  });

  return {
    alphabet,
    labels,
    colors,
    missingColor: MISSING_STATE_COLOR,
    ids,
    positions: positions.slice(0, Math.max(width, positions.length)),
    sequences,
    weights,
    missingCode,
    hasMissing,
  };
}

/**
 * One observation of long (person-period) data: the state of individual `id` at `position`.
 *
 * @example
 * const record: LongStateRecord = { id: "e1", position: 2021, state: "L1" };
 */
export interface LongStateRecord {
  /** Individual identifier. */
  id: string;
  /** Position (period) of the observation; numbers sort numerically, strings as given by `positions`. */
  position: string | number;
  /** State code, or a missing value. */
  state: RawState;
}

/**
 * Defines a sequence set from long data (`id, position, state`), pivoting it to wide: absent
 * (id, position) pairs are missing cells, then TraMineR's `left`/`gaps`/`right` rules apply as in
 * {@link defineSequences}. Sequences keep the order of first appearance of their id. Positions are
 * `options.positions` when given, else the distinct positions sorted (numerically if all numeric).
 * A duplicated (id, position) raises an `InputError`. `options.weights` (if any) follow the id order.
 *
 * @example
 * const set = defineSequencesFromLong(
 *   [{ id: "e1", position: 2021, state: "L1" }, { id: "e1", position: 2022, state: "L2" }],
 *   { alphabet: ["L1", "L2", "L3"] },
 * );
 */
export function defineSequencesFromLong(
  records: readonly LongStateRecord[],
  options: SequenceSetOptions,
): SequenceSet {
  const file = options.file ?? "sequence data";
  const firstLine = options.firstLine ?? 2;
  let positions: string[];
  if (options.positions) {
    positions = [...options.positions];
  } else {
    const distinct = [...new Set(records.map((record) => record.position))];
    const allNumeric = distinct.every((p) => typeof p === "number" || /^-?\d+(\.\d+)?$/.test(p));
    distinct.sort((a, b) => (allNumeric ? Number(a) - Number(b) : String(a) < String(b) ? -1 : 1));
    positions = distinct.map(String);
  }
  const positionIndex = new Map(positions.map((p, index) => [p, index]));
  const alphabet = new Set(options.alphabet);
  const missingValues = new Set<string | null | undefined>(options.missingValues ?? DEFAULT_MISSING_VALUES);
  const rowOf = new Map<string, number>();
  const rows: RawState[][] = [];
  const filled = new Set<string>();
  records.forEach((record, index) => {
    const column = positionIndex.get(String(record.position));
    if (column === undefined) {
      throw new InputError(
        "position is not among the declared positions",
        { file, line: firstLine + index, column: "position", value: String(record.position) },
        `use one of ${positions.join(", ")}`,
      );
    }
    let row = rowOf.get(record.id);
    if (row === undefined) {
      row = rows.length;
      rowOf.set(record.id, row);
      rows.push(new Array<RawState>(positions.length).fill(null));
    }
    const cells = rows[row] as RawState[];
    const key = `${row}\u0000${column}`;
    if (filled.has(key)) {
      throw new InputError(
        `individual '${record.id}' has two states at position ${record.position}`,
        { file, line: firstLine + index, column: "position", value: String(record.position) },
        "keep one state per individual and position (e.g. the principal enrolment)",
      );
    }
    const state = record.state ?? "";
    const text = typeof state === "number" ? String(state) : state;
    // Check states here so the error names the record's own line, not the pivoted row's.
    if (
      !missingValues.has(text) &&
      !(typeof state === "number" && Number.isNaN(state)) &&
      !alphabet.has(text)
    ) {
      throw new InputError(
        `state '${text}' is not in the alphabet (${options.alphabet.join(", ")})`,
        { file, line: firstLine + index, column: "state", value: text },
        "add the state to the alphabet or declare the value as missing",
      );
    }
    filled.add(key);
    cells[column] = state;
  });
  // Cells absent from the long table stay null → missing; explicit missing values stay missing too.
  return defineSequences(rows, { ...options, positions, ids: [...rowOf.keys()], lines: undefined });
}

function defaultPositions(width: number): string[] {
  return Array.from({ length: width }, (_, t) => `T${t + 1}`);
}

function checkAlphabet(alphabet: readonly string[], file: string): void {
  if (alphabet.length === 0)
    throw new InputError("the alphabet is empty", { file }, "list the states in order");
  const seen = new Set<string>();
  for (const state of alphabet) {
    if (seen.has(state)) {
      throw new InputError(
        "state listed twice in the alphabet",
        { file, value: state },
        "list each state once",
      );
    }
    if (state === MISSING_SYMBOL || state === VOID_SYMBOL || state === "NA" || state === "DEL") {
      throw new InputError(
        "reserved code used as a state",
        { file, value: state },
        `'${MISSING_SYMBOL}', '${VOID_SYMBOL}', 'NA' and 'DEL' are reserved; rename the state`,
      );
    }
    seen.add(state);
  }
}

function resolvePerState(
  values: readonly string[] | undefined,
  given: number,
  alphabet: readonly string[],
  what: string,
  file: string,
): string[] | undefined {
  if (values === undefined) return undefined;
  if (values.length !== given && values.length !== alphabet.length) {
    throw new InputError(
      `${values.length} ${what} for ${given} states`,
      { file, column: what },
      `give one entry per state of the alphabet (${alphabet.slice(0, given).join(", ")})`,
    );
  }
  return [...values];
}

function checkWeights(
  weights: ArrayLike<number> | null | undefined,
  count: number,
  file: string,
  lineOf: (row: number) => number,
): Float64Array | null {
  if (weights === null || weights === undefined) return null;
  if (weights.length !== count) {
    throw new InputError(
      `${weights.length} weights for ${count} sequences`,
      { file, column: "weights" },
      "give one weight per sequence",
    );
  }
  const out = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const w = weights[i] as number;
    if (!Number.isFinite(w) || w < 0) {
      throw new InputError(
        "a weight must be a finite number ≥ 0",
        { file, line: lineOf(i), column: "weights", value: String(w) },
        "fix or remove the weight",
      );
    }
    out[i] = w;
  }
  return out;
}
