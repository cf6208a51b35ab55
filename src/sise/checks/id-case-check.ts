import pl from "nodejs-polars";
import { messages } from "../../core/i18n/messages.js";
import type { RowCheck } from "./row-check.js";

/**
 * Reports student ids that differ only by letter case from another id (`AB12` and `ab12`):
 * either two students whose hashes were damaged, or one student split in two. Not merged.
 *
 * @example
 * idCaseCheck();
 */
export function idCaseCheck(): RowCheck {
  return {
    code: "id-case-variants",
    column: "id_etu",
    severity: "warn",
    bad: pl.col("id_etu").nUnique().over(pl.col("id_etu").cast(pl.Utf8).str.toLowerCase()).gt(pl.lit(1)),
    message: messages().sise.checks.idCase,
    hint: messages().sise.checks.idCaseHint,
  };
}
