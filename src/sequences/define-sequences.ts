import { InputError } from "../core/errors.js";
import type { MissingTreatment, RawState, SequenceSet, SequenceSetOptions } from "./sequence-set.js";
import { MISSING_SYMBOL, VOID_SYMBOL } from "./sequence-set.js";
import { defaultStateColours, MISSING_STATE_COLOUR } from "./state-colours.js";

/**
 * Raw cell values read as missing when `missingValues` is not given: `null`, `undefined`, `""`,
 * `"NA"` and `"*"`.
 *
 * @example
 * DEFAULT_MISSING_VALUES.includes("NA"); // true
 */
export const DEFAULT_MISSING_VALUES: readonly (string | null | undefined)[] = [
  null,
  undefined,
  "",
  "NA",
  "*",
];

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

  const { alphabet, given, labels, colors } = resolveStates(options, [left, gaps, right], file);

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
    const truncated = truncate(raw, first, last, missingCode, [leftCode, gapsCode, rightCode]);
    if (truncated.hasMissing) hasMissing = true;
    return truncated.sequence;
  });

  return {
    alphabet,
    labels,
    colors,
    missingColor: MISSING_STATE_COLOUR,
    ids,
    positions: positions.slice(0, Math.max(width, positions.length)),
    sequences,
    weights,
    missingCode,
    hasMissing,
  };
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

/** The alphabet with the replacement states TraMineR appends, and one label and colour per state. */
function resolveStates(
  options: SequenceSetOptions,
  treatments: readonly MissingTreatment[],
  file: string,
): { alphabet: string[]; given: number; labels: string[]; colors: string[] } {
  const alphabet = [...options.alphabet];
  checkAlphabet(alphabet, file);
  const given = alphabet.length;
  // TraMineR appends a replacement state missing from the alphabet (seqdef, "specst").
  for (const treatment of treatments) {
    if (treatment !== "NA" && treatment !== "DEL" && !alphabet.includes(treatment)) alphabet.push(treatment);
  }
  const labels = resolvePerState(options.labels, given, alphabet, "labels", file) ?? alphabet.slice();
  const colors =
    resolvePerState(options.colors, given, alphabet, "colors", file) ?? defaultStateColours(alphabet.length);
  if (labels.length < alphabet.length) labels.push(...alphabet.slice(labels.length));
  if (colors.length < alphabet.length) {
    const extra = defaultStateColours(alphabet.length);
    colors.push(...extra.slice(colors.length));
  }
  return { alphabet, given, labels, colors };
}

/**
 * Applies left / gaps / right to one row's codes as TraMineR.trunc does; a treatment code of -1
 * deletes the cell.
 */
function truncate(
  raw: Int32Array,
  first: number,
  last: number,
  missingCode: number,
  [leftCode, gapsCode, rightCode]: readonly [number, number, number],
): { sequence: Int32Array; hasMissing: boolean } {
  let hasMissing = false;
  const out: number[] = [];
  for (let t = 0; t < raw.length; t++) {
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
  return { sequence: Int32Array.from(out), hasMissing };
}
