import pl from "nodejs-polars";
import { messages } from "../../core/i18n/messages.js";
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
    message: messages().sise.checks.integer(spec.name, spec.label),
    hint: messages().sise.checks.integerHint,
  };
}
