import pl from "nodejs-polars";
import { nextStatusIs, same, sameLicenceOrGroupe } from "./helpers.js";
import type { TransitionRule } from "./rule.js";

/**
 * MESR redoublement (devenir en 1 an): enrolled in t + 1 in the same year (`niveau`) of the same
 * diploma type, of the same licence or of the same groupe disciplinaire (L1 again).
 *
 * @example
 * frame.filter(redoublement.condition());
 */
export const redoublement: TransitionRule<"redoublement"> = {
  category: "redoublement",
  definition: "Redoublement = L1 again, same licence or same groupe disciplinaire.",
  source: "docs/definitions.md §1 (dataesr/datasupr outcomes methodology)",
  condition() {
    return nextStatusIs("enrolled")
      .and(same("typ_dipl", "next_typ_dipl"))
      .and(pl.col("next_niveau_num").eq(pl.col("niveau_num")).fillNull(false))
      .and(sameLicenceOrGroupe());
  },
};
