import type { CareerState } from "./career-state.js";
import { careerTransitions } from "./career-transitions.js";
import type { StudentPropensities } from "./student-propensities.js";

/** Expected licence outcomes of one néo-bachelier entering L1 (probabilities). */
export interface ExpectedLicenceOutcomes {
  passage: number;
  redoublement: number;
  /** Licence (XA or DP) obtained at the session 3 years after entry. */
  reussite3: number;
  /** Licence obtained at the session 3 or 4 years after entry. */
  reussite34: number;
}

const LICENCE_STATES = new Set<CareerState>(["L3", "L3R", "LP", "LPR"]);

/**
 * Propagates the probability of each state of {@link careerTransitions} over four years from a
 * first L1 enrolment and returns the expected passage, redoublement and licence success — the
 * exact expectation of what the simulation draws.
 *
 * @example
 * expectedLicenceOutcomes(propensities, 2015).passage; // = logistic(propensities.passL1)
 */
export function expectedLicenceOutcomes(
  propensities: StudentPropensities,
  entryYear: number,
): ExpectedLicenceOutcomes {
  let distribution = new Map<CareerState, number>([["L1", 1]]);
  let passage = 0;
  let redoublement = 0;
  let reussite3 = 0;
  let reussite34 = 0;
  for (let step = 1; step <= 4; step++) {
    const nextDistribution = new Map<CareerState, number>();
    for (const [state, mass] of distribution) {
      if (state === "GONE" || mass === 0) continue;
      for (const outcome of careerTransitions(state, propensities, entryYear + step - 1)) {
        const p = mass * outcome.p;
        if (outcome.obtained && LICENCE_STATES.has(state)) {
          // Only the first licence counts, and a graduate never comes back to a licence within 4 years.
          if (step === 3) reussite3 += p;
          if (step <= 4) reussite34 += p;
          continue;
        }
        if (step === 1 && state === "L1") {
          if (outcome.to === "L2") passage += p;
          if (outcome.to === "L1R") redoublement += p;
        }
        nextDistribution.set(outcome.to, (nextDistribution.get(outcome.to) ?? 0) + p);
      }
    }
    distribution = nextDistribution;
  }
  return { passage, redoublement, reussite3, reussite34 };
}
