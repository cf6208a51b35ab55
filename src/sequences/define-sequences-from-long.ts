import { InputError } from "../core/errors.js";
import { DEFAULT_MISSING_VALUES, defineSequences } from "./define-sequences.js";
import type { RawState, SequenceSet, SequenceSetOptions } from "./sequence-set.js";

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
