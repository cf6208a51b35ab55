import pl from "nodejs-polars";
import type { RowCheck } from "./row-check.js";

/**
 * Rejects student ids (`id_etu`) holding spaces or control characters: pseudonymised ids are
 * hashes, so a space means a damaged export, and trimming it silently could merge two students.
 *
 * @example
 * studentIdCheck();
 */
export function studentIdCheck(): RowCheck {
  return {
    code: "id-with-spaces",
    column: "id_etu",
    severity: "reject",
    bad: pl.col("id_etu").str.contains("[\\s\\x00-\\x1f\\x7f]"),
    message: "the student id contains spaces or control characters",
    hint: "export the ids without padding; if the spaces are meaningful, pseudonymise the ids again",
  };
}
