import pl from "nodejs-polars";
import type { RowCheck } from "./row-check.js";

/** Columns joining a result to its enrolment. */
export const RESULT_ENROLMENT_KEY = ["id_etu", "rentree", "etabli"] as const;

/**
 * The key used by {@link resultEnrolmentCheck}, as one string expression.
 *
 * @example
 * inscriptions.select(resultEnrolmentKey().alias("key"));
 */
export function resultEnrolmentKey(): pl.Expr {
  return pl.concatString(
    RESULT_ENROLMENT_KEY.map((c) => pl.col(c).cast(pl.Utf8)),
    "|",
  );
}

/**
 * Reports results with no enrolment of the same student, rentrée and establishment in the
 * inscriptions (the diploma is not compared: an intermediate diploma has its own code).
 *
 * @param enrolmentKeys keys of the accepted inscriptions, from {@link resultEnrolmentKey}
 * @example
 * resultEnrolmentCheck(inscriptions.select(resultEnrolmentKey()).getColumn("id_etu"));
 */
export function resultEnrolmentCheck(enrolmentKeys: pl.Series): RowCheck {
  return {
    code: "result-without-enrolment",
    column: "id_etu",
    severity: "warn",
    bad: resultEnrolmentKey().isIn(pl.lit(enrolmentKeys)).not(),
    value: resultEnrolmentKey(),
    message: "result without an enrolment of the same id_etu, rentree and etabli",
    hint: "check that the inscriptions file of that rentrée is in the folder and holds this student",
  };
}
