/**
 * The columns of an enrolment that describe the student rather than the enrolment (bac, sex,
 * birth year, origin): stable across rentrées, so one row's values stand for every year of the
 * student.
 *
 * @example
 * STUDENT_ATTRIBUTES.includes("bac_rgrp"); // true
 */
export const STUDENT_ATTRIBUTES = [
  "sexe",
  "annais",
  "anbac",
  "bac_rgrp",
  "bac_spe1",
  "bac_spe2",
  "mention_bac",
  "acabac",
  "pcspar",
  "nation",
] as const;
