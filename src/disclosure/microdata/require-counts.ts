import type pl from "nodejs-polars";
import { InputError } from "../../core/errors.js";
import { requireColumns } from "../../core/require-columns.js";
import { FRAME_SOURCE } from "./frame-checks.js";

/**
 * Checks a count column of a cohort table: integers ≥ 1, no missing value. A 0 would be ambiguous
 * once published (Oraccle's files use 0 for "masked, 1–4"), so it is refused with its row.
 *
 * @example
 * requireCounts(cohortes, "effectif");
 */
export function requireCounts(frame: pl.DataFrame, column: string): number[] {
  requireColumns(frame, [column], FRAME_SOURCE, { role: "count column" });
  const values = frame.getColumn(column).toArray() as unknown[];
  return values.map((value, row) => {
    const n = typeof value === "bigint" ? Number(value) : value;
    if (typeof n !== "number" || !Number.isInteger(n) || n < 1) {
      throw new InputError(
        "a cohort count must be an integer ≥ 1 (0 is reserved for masked counts)",
        { file: FRAME_SOURCE, line: row + 2, column, value: String(value) },
        "remove empty cohorts and fix the count before masking",
      );
    }
    return n;
  });
}
