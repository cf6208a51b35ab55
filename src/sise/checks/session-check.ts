import pl from "nodejs-polars";
import { integerValue, type RowCheck } from "./row-check.js";

/**
 * Warns about results whose `session` is not `rentree + 1`.
 *
 * @example
 * sessionCheck();
 */
export function sessionCheck(): RowCheck {
  return {
    code: "session-not-rentree-plus-one",
    column: "session",
    severity: "warn",
    bad: integerValue("session").neq(integerValue("rentree").plus(pl.lit(1))),
    message: "session is not rentree + 1",
    hint: "check the rentrée of the enrolment this result belongs to",
  };
}
