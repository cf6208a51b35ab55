import pl from "nodejs-polars";
import { enrolledNow, nextStatusIs, same } from "./helpers.js";
import type { TransitionRule } from "./rule.js";

/**
 * Toolkit transition `transfert`: enrolled in t and t + 1 in two different establishments
 * (`etabli`). It takes precedence over passage/redoublement/réorientation in `transition`; the
 * MESR `devenir` of the same row still says which of the four it is (the MESR counts a passage
 * "whatever the establishment").
 *
 * @example
 * frame.filter(transfert.condition());
 */
export const transfert: TransitionRule<"transfert"> = {
  category: "transfert",
  definition: "Enrolled in t and t + 1, in a different establishment (UAI) in t + 1.",
  source: "toolkit definition, docs/definitions.md §2",
  condition() {
    return enrolledNow()
      .and(nextStatusIs("enrolled"))
      .and(pl.col("etabli").isNotNull())
      .and(pl.col("next_etabli").isNotNull())
      .and(same("etabli", "next_etabli").not());
  },
};
