import pl from "nodejs-polars";
import { messages } from "../../core/i18n/messages.js";
import type { RowCheck } from "./row-check.js";

/** Columns joining a result to its enrolment. */
const RESULT_ENROLMENT_KEY = ["id_etu", "rentree", "etabli"] as const;

/**
 * The key of {@link RESULT_ENROLMENT_KEY} as one text, shown as the value of a reported result.
 *
 * @example
 * resultats.select(resultEnrolmentKey().alias("key")); // "e1|2022|0751717J"
 */
function resultEnrolmentKey(): pl.Expr {
  return pl.concatString(
    RESULT_ENROLMENT_KEY.map((c) => pl.col(c).cast(pl.Utf8)),
    "|",
  );
}

/** Name of the flag column {@link withEnrolmentFlag} adds and {@link resultEnrolmentCheck} reads. */
const HAS_ENROLMENT = "__has_enrolment";

/**
 * Adds the boolean column {@link HAS_ENROLMENT} to the results: true when the inscriptions hold
 * an enrolment with the same {@link RESULT_ENROLMENT_KEY}. An anti-join of the key columns finds
 * the results without one (usually none), so no key text is built and no copy of the results is
 * made, even at national scale. Row order is kept.
 *
 * @example
 * const flagged = withEnrolmentFlag(resultats, inscriptions);
 */
export function withEnrolmentFlag(resultats: pl.DataFrame, inscriptions: pl.DataFrame): pl.DataFrame {
  const key = [...RESULT_ENROLMENT_KEY];
  const orphans = resultats
    .lazy()
    .select(...key)
    .withRowIndex("__result_row")
    .join(inscriptions.lazy().select(...key), { on: key, how: "anti" })
    .select("__result_row")
    .collectSync()
    .getColumn("__result_row");
  return resultats
    .withRowIndex("__result_row")
    .withColumns(pl.col("__result_row").isIn(pl.lit(orphans)).not().alias(HAS_ENROLMENT))
    .drop("__result_row");
}

/**
 * Reports results with no enrolment of the same student, rentrée and establishment in the
 * inscriptions (the diploma is not compared: an intermediate diploma has its own code). Reads the
 * flag added by {@link withEnrolmentFlag}; a result with a missing key part is not reported here
 * (the missing value is, by its own rule).
 *
 * @example
 * evaluateChecks(withEnrolmentFlag(resultats, inscriptions), prepareChecks([resultEnrolmentCheck()]), "resultats", 5);
 */
export function resultEnrolmentCheck(): RowCheck {
  return {
    code: "result-without-enrolment",
    column: "id_etu",
    severity: "warn",
    bad: pl
      .col(HAS_ENROLMENT)
      .not()
      .and(pl.allHorizontal(RESULT_ENROLMENT_KEY.map((column) => pl.col(column).isNotNull()))),
    value: resultEnrolmentKey(),
    message: messages().sise.checks.resultEnrolment,
    hint: messages().sise.checks.resultEnrolmentHint,
  };
}
