import { InputError } from "../core/errors.js";
import { defineSequences } from "./define-sequences.js";
import type { SequenceSet, SequenceSetOptions } from "./sequence-set.js";

/**
 * Defines a sequence set from sequences written in SPS format, one string per sequence —
 * TraMineR's `seqdef(data, informat = "SPS")` with its default `SPS.in = list(xfix = "()", sdsep = ",")`:
 * spells `(state,duration)` joined by `-`, e.g. `(FE,36)-(HE,34)`. Each string is expanded to one
 * state per position, then read as {@link defineSequences} reads wide rows (shorter sequences end with
 * void cells; `*` spells are missing cells). A malformed spell raises an `InputError` naming the line
 * and the spell.
 *
 * @example
 * const set = defineSequencesFromSps(["(EM,2)-(TR,1)", "(TR,3)"], { alphabet: ["EM", "TR"] });
 * set.sequences[0]; // Int32Array [0, 0, 1]
 */
export function defineSequencesFromSps(
  sequences: readonly string[],
  options: SequenceSetOptions,
): SequenceSet {
  const file = options.file ?? "sequence data";
  const firstLine = options.firstLine ?? 2;
  const rows = sequences.map((text, index) => {
    const cells: string[] = [];
    const trimmed = text.trim();
    if (trimmed === "") return cells;
    for (const spell of trimmed.split("-")) {
      const match = /^\(([^,()]*),\s*(\d+)\)$/.exec(spell.trim());
      if (!match) {
        throw new InputError(
          "a spell must be written (state,duration)",
          { file, line: options.lines?.[index] ?? firstLine + index, value: spell },
          "write the sequence as (A,3)-(B,2)",
        );
      }
      const duration = Number(match[2]);
      for (let k = 0; k < duration; k++) cells.push(match[1] as string);
    }
    return cells;
  });
  // Void cells after a shorter sequence's end are missing here and deleted by `right = "DEL"`.
  return defineSequences(rows, { ...options, right: options.right ?? "DEL" });
}
