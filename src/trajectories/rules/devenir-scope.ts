import pl from "nodejs-polars";
import { enrolledNow } from "./helpers.js";

/**
 * Where the MESR "devenir en 1 an" is defined. The MESR defines it for L1 entrants (passage en
 * L2, redoublement, réorientation, sortie — docs/definitions.md §1) and uses the same reading for the
 * other non-final years it follows (passage en 2e année of BUT, M1 → M2). The toolkit therefore
 * computes it for every enrolled year t that is not the last year of its diploma
 * (`niveau < duration` of `typ_dipl`) and whose year t + 1 is observable; elsewhere `devenir`
 * is null (a final year, a one-year diploma, an unknown type, a gap year, a censored year).
 *
 * @example
 * frame.filter(devenirScope());
 */
export function devenirScope(): pl.Expr {
  return enrolledNow()
    .and(pl.col("next_status").isNotNull())
    .and(pl.col("is_entry").not())
    .and(pl.col("niveau_num").lt(pl.col("dipl_years")).fillNull(false));
}
