import pl from "nodejs-polars";
import type { TransitionRule } from "./rule.js";

/**
 * Toolkit transition `censure`: year t + 1 is after the last observed rentrée, so nothing can be
 * said — right-censoring, never an exit. These rows have a null `next_state` and `devenir`, and
 * are left out of flows.
 *
 * @example
 * frame.filter(censure.condition());
 */
export const censure: TransitionRule<"censure"> = {
  category: "censure",
  definition: "Year t + 1 is not observed (t is the last observed rentrée): right-censored, not an exit.",
  source: "toolkit definition, docs/definitions.md §2 and §4 (right-missing is void, not a state)",
  condition() {
    return pl.col("next_status").isNull();
  },
};
