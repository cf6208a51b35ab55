import pl from "nodejs-polars";
import { is, isLas, nextStatusIs, same, sameLicenceOrGroupe } from "./helpers.js";
import type { TransitionRule } from "./rule.js";

/**
 * MESR passage (devenir en 1 an), as a condition on an in-scope row (see `devenirScope`):
 * enrolled in t + 1 in a later year of the same diploma type, of the same licence (`diplom`)
 * or of the same groupe disciplinaire. L.AS rule: for a L.AS student, passage is a later year
 * of any licence (`XA`), or the 2nd year or later of a health programme (groupe santé, médecine,
 * odontologie, pharmacie — not PASS/PACES). A jump of two years also counts as passage.
 *
 * @example
 * frame.withColumns(passage.condition().alias("is_passage"));
 */
export const passage: TransitionRule<"passage"> = {
  category: "passage",
  definition:
    "Passage = L2 of the same licence or of a licence of the same groupe disciplinaire; since L.AS, " +
    "« passage en 2e année de licence, ou de formation de santé pour les inscrits en LAS ».",
  source: "docs/definitions.md §1 (dataesr/datasupr outcomes methodology; SIES session 2023 note)",
  condition() {
    const later = pl.col("next_niveau_num").gt(pl.col("niveau_num")).fillNull(false);
    const sameTrack = same("typ_dipl", "next_typ_dipl").and(later).and(sameLicenceOrGroupe());
    const lasToLicence = is("next_typ_dipl", "XA").and(later);
    const lasToHealth = pl
      .col("next_is_health")
      .and(pl.col("next_typ_dipl").isIn(["CV", "CY"]).fillNull(false).not())
      .and(pl.col("next_niveau_num").gtEq(2).fillNull(false));
    return nextStatusIs("enrolled").and(sameTrack.or(isLas().and(lasToLicence.or(lasToHealth))));
  },
};
