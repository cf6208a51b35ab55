import type { ReleasedFrame } from "../../disclosure/gate/released-frame.js";
import type { ReleaseContext } from "../release-table.js";
import { releaseAttribute } from "./cohort-attribute-table.js";

const released = new WeakMap<ReleaseContext, Promise<ReleasedFrame | undefined>>();

/**
 * The series and the pairs of specialities of the bac, protected together as one attribute
 * (`bac`: the series, or `spe1|spe2`): one erased row per cohort, 0 or at least k students,
 * shared by `cohorte_bac.csv` and `cohorte_spe.csv`, so that neither file can be recomputed by
 * difference with the other and the cohort total. Gated once per publication.
 *
 * @example
 * const joint = await bacAndSpecialities(context);
 */
export function bacAndSpecialities(context: ReleaseContext): Promise<ReleasedFrame | undefined> {
  let joint = released.get(context);
  if (!joint) {
    joint = releaseAttribute(context, "bac", "cohorte_bac.csv + cohorte_spe.csv");
    released.set(context, joint);
  }
  return joint;
}
