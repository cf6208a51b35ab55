import pl from "nodejs-polars";
import { messages } from "../../core/i18n/messages.js";
import type { RowCheck } from "./row-check.js";

/**
 * Rejects CSV rows whose number of fields differs from the header's: a shifted row would put
 * every value in the wrong column (polars would pad or cut it silently).
 *
 * @param expectedFields number of fields of the header
 * @example
 * fieldCountCheck(29);
 */
export function fieldCountCheck(expectedFields: number): RowCheck {
  return {
    code: "wrong-field-count",
    column: undefined,
    severity: "reject",
    bad: pl.col("__fields").neq(pl.lit(expectedFields)),
    value: pl.concatString([pl.col("__fields").cast(pl.Utf8), pl.lit("fields")], " "),
    message: messages().sise.checks.fieldCount(expectedFields),
    hint: messages().sise.checks.fieldCountHint,
  };
}
