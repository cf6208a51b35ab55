import type pl from "nodejs-polars";
import { principalEnrolments } from "../trajectories/principal-enrolments.js";
import { transitions } from "../trajectories/transitions.js";
import { yearlyStates } from "../trajectories/yearly-states.js";
import type { FollowUpInput } from "./cohort-outcomes.js";
import { type ObservationWindow, observationWindow } from "./observation-window.js";

/**
 * Options of {@link followUpInput}.
 *
 * @example
 * const options: FollowUpOptions = { excludeCpgeDoubles: true, window: { lastResultRentree: 2023 } };
 */
export interface FollowUpOptions {
  /**
   * Drop CPGE double enrolments (`curpar = 02` or `conv = P`) before choosing principal
   * enrolments, as MESR does for its cohorts. Default `true`.
   */
  excludeCpgeDoubles?: boolean;
  /** Drop nursing-diploma enrolments (`typ_dipl = PJ`). Default `false` (MESR cohorts keep them as réorientations). */
  excludeNursing?: boolean;
  /** Override the observation window derived from the data (e.g. when the last results are known to be incomplete). */
  window?: Partial<ObservationWindow>;
}

/**
 * Runs the earlier pipeline stages a cohort follow-up needs, with the trajectories module's
 * functions: principal enrolments (MESR exclusions), yearly states, transitions (MESR devenir en
 * 1 an), and the observation window for right-censoring.
 *
 * @example
 * const { inscriptions, resultats } = await readSise("data/sise");
 * const input = followUpInput(inscriptions, resultats);
 * const outcomes = cohortOutcomes(selectCohort(input.principal, licenceCohort(2018)), input);
 */
export function followUpInput(
  inscriptions: pl.DataFrame,
  resultats: pl.DataFrame,
  options: FollowUpOptions = {},
): FollowUpInput {
  const { enrolments } = principalEnrolments(inscriptions, {
    excludeCpgeDoubles: options.excludeCpgeDoubles ?? true,
    excludeNursing: options.excludeNursing ?? false,
  });
  const window = { ...observationWindow(inscriptions, resultats), ...options.window };
  const states = yearlyStates(enrolments, resultats, { lastRentree: window.lastInscriptionRentree });
  return {
    principal: enrolments,
    transitions: transitions(states, { firstRentree: window.firstRentree }),
    resultats,
    window,
  };
}
