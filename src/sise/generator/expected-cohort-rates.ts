import type { Calibration } from "./calibration.js";
import { propensitiesOf } from "./calibration.js";
import { type ExpectedLicenceOutcomes, expectedLicenceOutcomes } from "./expected-licence-outcomes.js";
import { FITTED_FACTORS } from "./fit-stage.js";
import { LICENCE_ENTRANT_PROFILES, licenceProfileCells } from "./licence-entrant-profile.js";

/**
 * The expected licence outcomes of the whole néo-bachelier population for one entry cohort,
 * overall and by stratum, from the fitted calibration (what the generator should produce on
 * average). Used for the calibration table.
 *
 * @example
 * expectedCohortRates(fitCalibration(), 2014).all.passage; // ≈ 0.408
 */
export function expectedCohortRates(
  calibration: Calibration,
  entryYear: number,
): { all: ExpectedLicenceOutcomes; byStratum: Record<string, ExpectedLicenceOutcomes> } {
  const cells = licenceProfileCells(
    entryYear <= 2012 ? LICENCE_ENTRANT_PROFILES.cohort2012 : LICENCE_ENTRANT_PROFILES.cohort2014,
  );
  const shift = calibration.cohortShift[entryYear] ?? calibration.cohortShift[2014]!;
  const sums = new Map<string, { w: number; o: ExpectedLicenceOutcomes }>();
  const addTo = (key: string, w: number, o: ExpectedLicenceOutcomes) => {
    const s = sums.get(key) ?? { w: 0, o: { passage: 0, redoublement: 0, reussite3: 0, reussite34: 0 } };
    s.w += w;
    s.o.passage += w * o.passage;
    s.o.redoublement += w * o.redoublement;
    s.o.reussite3 += w * o.reussite3;
    s.o.reussite34 += w * o.reussite34;
    sums.set(key, s);
  };
  for (const cell of cells) {
    const o = expectedLicenceOutcomes(propensitiesOf(calibration, cell, shift), entryYear);
    addTo("all", cell.weight, o);
    for (const factor of FITTED_FACTORS) addTo(`${factor}:${cell[factor]}`, cell.weight, o);
  }
  const byStratum: Record<string, ExpectedLicenceOutcomes> = {};
  for (const [key, s] of sums) {
    byStratum[key] = {
      passage: s.o.passage / s.w,
      redoublement: s.o.redoublement / s.w,
      reussite3: s.o.reussite3 / s.w,
      reussite34: s.o.reussite34 / s.w,
    };
  }
  return { all: byStratum.all!, byStratum };
}
