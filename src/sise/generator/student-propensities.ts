/**
 * A student's propensities on the logit scale, already shifted for their entry cohort: they
 * make every transition probability of {@link careerTransitions} depend on the student's
 * characteristics (bac series, mention, âge au bac, sexe, discipline, origine sociale).
 *
 * @example
 * const p: StudentPropensities = { passL1: -0.4, progress: 0.2, secondChance: -0.6, repeatShare: 0.49, iut: 0.1, master: 0 };
 */
export interface StudentPropensities {
  /** Logit of passage from a first L1 to L2 in one year (néo-bacheliers). */
  passL1: number;
  /** Logit driving L2 → L3 and success in L3 on the first attempt. */
  progress: number;
  /** Logit driving every second chance: repeated years, L1 after a réorientation or a return. */
  secondChance: number;
  /** Probability that a néo-bachelier who does not pass L1 repeats it (rather than leaving it). */
  repeatShare: number;
  /** Logit driving success in DUT/BUT. */
  iut: number;
  /** Logit driving success in master. */
  master: number;
}
