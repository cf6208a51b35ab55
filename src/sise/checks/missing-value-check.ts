import pl from "nodejs-polars";
import { messages } from "../../core/i18n/messages.js";
import type { SiseColumnSpec } from "../schema.js";
import type { RowCheck } from "./row-check.js";

/**
 * Rejects rows where a required column is empty (or, for an integer column, holds `.`, SAS's
 * missing numeric value).
 *
 * @example
 * missingValueCheck(INSCRIPTION_COLUMNS.find((c) => c.name === "id_etu")!);
 */
export function missingValueCheck(spec: SiseColumnSpec): RowCheck {
  return {
    code: "missing-value",
    column: spec.name,
    severity: "reject",
    bad: pl
      .col(spec.name)
      .isNull()
      .or(
        pl
          .col(spec.name)
          .str.strip()
          .isIn(pl.lit(pl.Series(spec.dtype === "Int32" ? ["", "."] : [""]))),
      ),
    message: messages().sise.checks.missingValue(spec.name, spec.label),
    hint: messages().sise.checks.missingValueHint,
  };
}
