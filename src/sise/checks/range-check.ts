import pl from "nodejs-polars";
import { messages } from "../../core/i18n/messages.js";
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
  return {
    code: "out-of-range",
    column: spec.name,
    severity: "reject",
    bad,
    message: messages().sise.checks.range(
      spec.name,
      spec.label,
      spec.range.min,
      spec.range.max,
      spec.sentinels ?? [],
    ),
    hint: messages().sise.checks.rangeHint,
  };
}
