/**
 * Columns of the one-row-per-student follow-up table that {@link cohortOutcomes} builds and every
 * indicator reads. Keeping them in one place is what lets each indicator be a one-line rule.
 *
 * @example
 * pl.col(FOLLOW_UP.devenir1).eq(pl.lit("passage"));
 */
export const FOLLOW_UP = {
  /** MESR devenir en 1 an of the cohort year (N → N + 1), from the trajectories' `transitions()`. */
  devenir1: "devenir_1_an",
  /** devenir of the following year (N + 1 → N + 2), from the same classification. */
  devenir2: "devenir_2e_annee",
  /** `typ_dipl` of the principal enrolment in N + 1 (null: not enrolled). */
  typDipl1: "typ_dipl_n1",
  /** `niveau` of the principal enrolment in N + 1. */
  niveau1: "niveau_n1",
  /** `typ_dipl` of the principal enrolment in N + 2. */
  typDipl2: "typ_dipl_n2",
  /** Years from the cohort rentrée to the first licence (générale or pro) obtained: session − N. */
  yearsToLicence: "annees_licence",
  /** Years from the cohort rentrée to the first master obtained. */
  yearsToMaster: "annees_master",
  /** Years from the cohort rentrée to the first BUT obtained. */
  yearsToBut: "annees_but",
} as const;
