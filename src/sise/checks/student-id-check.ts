import pl from "nodejs-polars";
import { messages } from "../../core/i18n/messages.js";
import type { RowCheck } from "./row-check.js";

/**
 * Rejects student ids (`id_etu`, or the establishment's student number `num_etu`) holding spaces or control characters: pseudonymised ids are
 * hashes, so a space means a damaged export, and trimming it silently could merge two students.
 *
 * @param column the id column; default `id_etu`
 * @example
 * studentIdCheck();
 */
export function studentIdCheck(column = "id_etu"): RowCheck {
  return {
    code: "id-with-spaces",
    column,
    severity: "reject",
    bad: pl.col(column).str.contains("[\\s\\x00-\\x1f\\x7f]"),
    message: messages().sise.checks.studentId,
    hint: messages().sise.checks.studentIdHint,
  };
}
