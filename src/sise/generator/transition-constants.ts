/**
 * Offsets (logit scale) added to a propensity for each step, and fixed shares of the
 * non-calibrated branches. They set the overall level of each step; the calibration fits the
 * propensities around them (see `fitCalibration`).
 */
export const TRANSITION_CONSTANTS = {
  l2Pass: 1.2,
  l3Success: 1.8,
  l1RepeatPass: 0,
  l1OtherPass: 0.3,
  l2RepeatPass: 0.9,
  l3RepeatSuccess: 1.8,
  /** Share of the néo-bacheliers leaving L1 (neither passing nor repeating) who reorient (vs exit). */
  reorientShare: 0.45,
  /** Among L1 réorientations: to a licence of another groupe, to DUT/BUT, outside SISE universities. */
  reorientTo: { licence: 0.4, iut: 0.17, outside: 0.43 },
  /** Share of exits that are stop-outs (the student may come back). */
  stopShare: 0.25,
  /** Share of L2 passers going to a licence professionnelle instead of L3. */
  l2ToLp: 0.05,
  /** Share of licence graduates entering M1 in the same data. */
  masterEntry: 0.55,
  m1Pass: 0.45,
  m1RepeatPass: 0.3,
  m2Success: 2.0,
  m2RepeatSuccess: 1.2,
  /** Share of M1 passers who take a césure year registered in M2. */
  cesure: 0.03,
  dut1Pass: 1.6,
  dut2Success: 2.2,
  but1Pass: 0.95,
  but2Pass: 1.9,
  but3Success: 2.3,
  lpSuccess: 0.88,
} as const;
