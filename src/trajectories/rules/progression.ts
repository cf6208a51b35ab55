import pl from "nodejs-polars";
import { devenirScope } from "./devenir-scope.js";
import { enrolledNow, nextStatusIs, same } from "./helpers.js";
import { passage } from "./passage.js";
import type { TransitionRule } from "./rule.js";

/**
 * Toolkit transition `passage` (finer than the MESR one, which only covers non-final years):
 * the MESR {@link passage} where the devenir is defined; elsewhere (L3 → M1, BUT3 → M1, LP, or
 * a diploma type the code list does not know) any move to a higher level of studies (bac+n of
 * the year) or to a later year of the same diploma (`diplom`) in t + 1.
 *
 * @example
 * frame.filter(progression.condition());
 */
export const progression: TransitionRule<"passage"> = {
  category: "passage",
  definition:
    "MESR passage where the devenir en 1 an is defined; otherwise a higher level of studies (bac+n) " +
    "or a later year of the same diploma in t + 1.",
  source: "docs/definitions.md §1, extended by the toolkit to final years (docs/definitions.md §2)",
  condition() {
    const higher = pl
      .col("next_level")
      .gt(pl.col("level"))
      .fillNull(false)
      .or(
        same("diplom", "next_diplom").and(pl.col("next_niveau_num").gt(pl.col("niveau_num")).fillNull(false)),
      );
    return enrolledNow()
      .and(nextStatusIs("enrolled"))
      .and(pl.when(devenirScope()).then(passage.condition()).otherwise(higher));
  },
};
