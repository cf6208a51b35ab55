import type { AdditiveLogit } from "./additive-logit.js";
import { linearPredictor } from "./additive-logit.js";
import type { SexeKey } from "./calibration-targets.js";
import type { ProfileCell } from "./licence-entrant-profile.js";
import type { StudentPropensities } from "./student-propensities.js";

/** Cohort adjustments of the licence model for one entry year. */
export interface CohortShift {
  passL1: number;
  progress: number;
  secondChance: number;
  /** Share of non-passing néo-bacheliers who repeat L1. */
  repeatShare: number;
}

/**
 * The fitted calibration of the generator: the three licence logits, the yearly cohort shifts,
 * the IUT logit and the yearly master level. Computed once per process by {@link fitCalibration}.
 *
 * @example
 * const calibration = fitCalibration();
 * calibration.cohortShift[2022]!.passL1; // > 0: recent cohorts pass more often
 */
export interface Calibration {
  passL1: AdditiveLogit;
  progress: AdditiveLogit;
  secondChance: AdditiveLogit;
  /** By entry year 2010–2024. */
  cohortShift: Record<number, CohortShift>;
  /** IUT (DUT/BUT) logit: an intercept plus effects of the bac family and of sexe. */
  iut: { general: number; techno: number; pro: number; sexe: Record<SexeKey, number> };
  /** Master logit level by M1 entry year 2010–2024, before the age effect. */
  masterLevel: Record<number, number>;
  /** Master logit effect of the age at M1 entry. */
  masterAge: { upTo22: number; at23: number; from24: number };
}

/** The propensities of a profile cell under a calibration and a cohort shift (IUT and master at 0). */
export function propensitiesOf(
  calibration: Pick<Calibration, "passL1" | "progress" | "secondChance">,
  cell: ProfileCell,
  shift: CohortShift,
): StudentPropensities {
  return {
    passL1: linearPredictor(calibration.passL1, cell) + shift.passL1,
    progress: linearPredictor(calibration.progress, cell) + shift.progress,
    secondChance: linearPredictor(calibration.secondChance, cell) + shift.secondChance,
    repeatShare: shift.repeatShare,
    iut: 0,
    master: 0,
  };
}
