import pl from "nodejs-polars";
import { messages } from "../../core/i18n/messages.js";
import { integerValue, type RowCheck } from "./row-check.js";

/** Plausible ages at the rentrée (the MESR pipeline's sanity bounds). */
const AGE_RANGE = { min: 14, max: 99 } as const;

/**
 * Rejects enrolments whose age at the rentrée (`rentree − annais`) is outside 14–99.
 *
 * @example
 * ageCheck();
 */
export function ageCheck(): RowCheck {
  const age = integerValue("rentree").minus(integerValue("annais"));
  return {
    code: "age-out-of-range",
    column: "annais",
    severity: "reject",
    bad: age.lt(pl.lit(AGE_RANGE.min)).or(age.gt(pl.lit(AGE_RANGE.max))),
    message: messages().sise.checks.age(AGE_RANGE.min, AGE_RANGE.max),
    hint: messages().sise.checks.ageHint,
  };
}
