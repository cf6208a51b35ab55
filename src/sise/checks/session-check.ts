import pl from "nodejs-polars";
import { messages } from "../../core/i18n/messages.js";
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
    message: messages().sise.checks.session,
    hint: messages().sise.checks.sessionHint,
  };
}
