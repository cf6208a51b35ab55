import pl from "nodejs-polars";
import { messages } from "../../core/i18n/messages.js";
import type { RowCheck } from "../../sise/checks/row-check.js";

/**
 * Rejects a row that has no SISE diploma code when the correspondence table does not give its
 * étape either: a gap in the table, reported with the étape, never filled by guess.
 *
 * @param steps the étapes the correspondence table lists (none when there is no table)
 * @example
 * stepCorrespondenceCheck(["L1DROI", "L2DROI"]);
 */
export function stepCorrespondenceCheck(steps: readonly string[]): RowCheck {
  const text = messages().linkage.checks;
  return {
    code: "step-without-diploma",
    column: "etape",
    severity: "reject",
    bad: pl
      .col("diplom")
      .isNull()
      .and(
        pl
          .col("etape")
          .isIn(pl.lit(pl.Series("steps", [...steps], pl.Utf8)))
          .not(),
      ),
    message: text.noDiploma,
    hint: text.noDiplomaHint,
  };
}

/**
 * Rejects every row of an étape listed more than once in the correspondence table: which of its
 * diplomas is right cannot be told from the table.
 *
 * @example
 * duplicateStepCheck();
 */
export function duplicateStepCheck(): RowCheck {
  const text = messages().linkage.checks;
  return {
    code: "duplicate-step",
    column: "etape",
    severity: "reject",
    bad: pl.len().over("etape").gt(pl.lit(1)),
    message: text.duplicateStep,
    hint: text.duplicateStepHint,
  };
}
