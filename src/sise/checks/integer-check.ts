import pl from "nodejs-polars";
import type { SiseColumnSpec } from "../schema.js";
import { integerValue, type RowCheck } from "./row-check.js";

/**
 * Rejects rows where an integer column (`rentree`, `annais`, `anbac`, `session`) holds something
 * that is not a whole number. An empty cell or `.` (SAS's missing numeric value) is a missing
 * value, not a bad number.
 *
 * @example
 * integerCheck(INSCRIPTION_COLUMNS.find((c) => c.name === "annais")!);
 */
export function integerCheck(spec: SiseColumnSpec): RowCheck {
  const raw = pl.col(spec.name);
  return {
    code: "not-an-integer",
    column: spec.name,
    severity: "reject",
    bad: raw
      .isNotNull()
      .and(
        raw.str
          .strip()
          .isIn(pl.lit(pl.Series(["", "."])))
          .not(),
      )
      .and(integerValue(spec.name).isNull()),
    message: `not a whole number (${spec.name}: ${spec.label})`,
    hint: "write the value as digits only (for example 2022), or remove the row",
  };
}
