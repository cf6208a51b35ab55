import pl from "nodejs-polars";
import type { SiseColumnSpec } from "../schema.js";
import { integerValue, type RowCheck } from "./row-check.js";

/**
 * Rejects rows where an integer column with a plausible range (`SiseColumnSpec.range`) is outside
 * it, except for the column's "missing" sentinels (`anbac = -1`).
 *
 * @example
 * rangeCheck(INSCRIPTION_COLUMNS.find((c) => c.name === "rentree")!); // 1990–2040
 */
export function rangeCheck(spec: SiseColumnSpec & { range: { min: number; max: number } }): RowCheck {
  const value = integerValue(spec.name);
  let bad = value.lt(pl.lit(spec.range.min)).or(value.gt(pl.lit(spec.range.max)));
  for (const sentinel of spec.sentinels ?? []) bad = bad.and(value.neq(pl.lit(sentinel)));
  const sentinels = spec.sentinels?.length ? `, or ${spec.sentinels.join(", ")} when missing` : "";
  return {
    code: "out-of-range",
    column: spec.name,
    severity: "reject",
    bad,
    message: `${spec.name} (${spec.label}) outside the plausible range ${spec.range.min}–${spec.range.max}${sentinels}`,
    hint: "correct the value (a typo in the year?) or remove the row",
  };
}
