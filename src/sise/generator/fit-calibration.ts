import { emptyLogit, linearPredictor } from "./additive-logit.js";
import { type Calibration, type CohortShift, propensitiesOf } from "./calibration.js";
import { LICENCE_TARGETS_BY_COHORT, OTHER_TARGETS, SEXE_KEYS } from "./calibration-targets.js";
import { type ExpectedLicenceOutcomes, expectedLicenceOutcomes } from "./expected-licence-outcomes.js";
import { fitStage } from "./fit-stage.js";
import {
  LICENCE_ENTRANT_PROFILES,
  licenceProfileCells,
  type ProfileCell,
} from "./licence-entrant-profile.js";
import { logistic, logit } from "./logit.js";
import { TRANSITION_CONSTANTS } from "./transition-constants.js";

/** Solves f(x) = target for an increasing f by bisection on [−4, 4]. */
function solveIncreasing(f: (x: number) => number, target: number, iterations = 30): number {
  let lo = -4;
  let hi = 4;
  for (let i = 0; i < iterations; i++) {
    const mid = (lo + hi) / 2;
    if (f(mid) < target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

function weightedMean(cells: ProfileCell[], value: (cell: ProfileCell) => number): number {
  let w = 0;
  let x = 0;
  for (const cell of cells) {
    w += cell.weight;
    x += cell.weight * value(cell);
  }
  return x / w;
}

/** Shares of the IUT entrants by bac family and sex (assumption), used to fit the IUT logit. */
const IUT_ENTRANTS = { general: 0.47, techno: 0.41, pro: 0.12, women: 0.4 };
/** Age mix of M1 entrants (assumption) and the age effect on the master logit. */
const MASTER_AGE_MIX = { upTo22: 0.6, at23: 0.25, from24: 0.15 };

function interpolate(points: Record<number, number>, year: number): number {
  const years = Object.keys(points)
    .map(Number)
    .sort((a, b) => a - b);
  if (year <= years[0]!) return points[years[0]!]!;
  if (year >= years[years.length - 1]!) return points[years[years.length - 1]!]!;
  for (let i = 0; i + 1 < years.length; i++) {
    const a = years[i]!;
    const b = years[i + 1]!;
    if (year >= a && year <= b) return points[a]! + ((points[b]! - points[a]!) * (year - a)) / (b - a);
  }
  return points[years[0]!]!;
}

let cached: Calibration | undefined;
/** Damped Jacobi sweeps of the réussite stages: every stratum is within 0.2 point of its target after 16. */
const SWEEPS = 16;
const DAMPING = 0.85;

/**
 * Fits the generator's calibration against the published figures (docs/sources.md §2–§3):
 *
 * 1. passage en L2 en 1 an: additive logit fitted by IPF on the five stratifications of the
 *    MESR table (bac series, mention, âge au bac, sexe, grande discipline), cohort 2014;
 * 2. réussite en licence en 3 ans: the logit driving L2 → L3 → licence, same method;
 * 3. réussite en 3 ou 4 ans: the logit of second chances, same method;
 * 4. yearly shifts of the three logits and of the redoublement share for the other cohorts;
 * 5. the IUT logit (BUT in 3 years by bac family and sex) and the yearly master level (diploma in
 *    2 years for the M1 entrants of 2015, 2018, 2021).
 *
 * Every expected rate is computed exactly from {@link careerTransitions} over the cells of the
 * entrant profile, so the simulated data match the targets up to sampling noise. Deterministic
 * (plain IEEE arithmetic); the result is cached for the process (≈ 1 s to compute).
 *
 * @example
 * const calibration = fitCalibration();
 * calibration.passL1.series.S > calibration.passL1.series.PRO; // true
 */
export function fitCalibration(): Calibration {
  if (cached) return cached;
  const cells = licenceProfileCells(LICENCE_ENTRANT_PROFILES.cohort2014);
  const base = LICENCE_TARGETS_BY_COHORT[2014]!;
  const baseShift: CohortShift = {
    passL1: 0,
    progress: 0,
    secondChance: 0,
    repeatShare: base.redoublement / (100 - base.passage),
  };
  const calibration: Calibration = {
    passL1: emptyLogit(),
    progress: emptyLogit(),
    secondChance: emptyLogit(),
    cohortShift: {},
    iut: { general: 0, techno: 0, pro: 0, sexe: { "1": 0, "2": 0 } },
    masterLevel: {},
    masterAge: { upTo22: 0.35, at23: 0, from24: -0.8 },
  };
  const evaluate = (cell: ProfileCell) =>
    expectedLicenceOutcomes(propensitiesOf(calibration, cell, baseShift), 2012);
  // Stage 1 needs only the closed form logistic(passL1); later stages need the propagation.
  const evaluatePassage = (cell: ProfileCell): ExpectedLicenceOutcomes => {
    const p = logistic(linearPredictor(calibration.passL1, cell));
    return { passage: p, redoublement: 0, reussite3: 0, reussite34: 0 };
  };
  fitStage(calibration.passL1, cells, "passage", (t) => t.passage, evaluatePassage, 40, true);
  // MESR's réussite rates are those of the 2012 cohort, which had fewer mentions than the 2014
  // passage cohort: they are fitted on the 2012 profile (the generator draws the 2012 cohort
  // from it), otherwise the margins would contradict each other.
  const reussiteCells = licenceProfileCells(LICENCE_ENTRANT_PROFILES.cohort2012);
  fitStage(
    calibration.progress,
    reussiteCells,
    "reussite3",
    (t) => t.reussite3,
    evaluate,
    SWEEPS,
    false,
    DAMPING,
  );
  fitStage(
    calibration.secondChance,
    reussiteCells,
    "reussite34",
    (t) => t.reussite34,
    evaluate,
    SWEEPS,
    false,
    DAMPING,
  );

  // Cohort shifts, one per distinct set of yearly targets.
  const solved = new Map<string, CohortShift>();
  for (const [yearText, targets] of Object.entries(LICENCE_TARGETS_BY_COHORT)) {
    const year = Number(yearText);
    const key = JSON.stringify(targets);
    let shift = year <= 2014 ? baseShift : solved.get(key);
    if (!shift) {
      const repeatShare = targets.redoublement / (100 - targets.passage);
      const passL1 = solveIncreasing(
        (s) => weightedMean(cells, (cell) => logistic(linearPredictor(calibration.passL1, cell) + s)),
        targets.passage / 100,
      );
      const subset = thin(cells, 6);
      const progress = solveIncreasing(
        (s) =>
          weightedMean(
            subset,
            (cell) =>
              expectedLicenceOutcomes(
                propensitiesOf(calibration, cell, { passL1, progress: s, secondChance: 0, repeatShare }),
                Math.max(year, 2015),
              ).reussite3,
          ),
        targets.reussite3 / 100,
        16,
      );
      const secondChance = solveIncreasing(
        (s) =>
          weightedMean(
            subset,
            (cell) =>
              expectedLicenceOutcomes(
                propensitiesOf(calibration, cell, { passL1, progress, secondChance: s, repeatShare }),
                Math.max(year, 2015),
              ).reussite34,
          ),
        targets.reussite34 / 100,
        16,
      );
      shift = { passL1, progress, secondChance, repeatShare: Math.min(Math.max(repeatShare, 0), 1) };
      solved.set(key, shift);
    }
    calibration.cohortShift[year] = shift;
  }

  // IUT: BUT in 3 years by bac family and sex, IPF on two factors.
  const c = TRANSITION_CONSTANTS;
  const but3 = (eta: number) =>
    logistic(eta + c.but1Pass) * logistic(eta + c.but2Pass) * logistic(eta + c.but3Success);
  const families = ["general", "techno", "pro"] as const;
  const familyShare = { general: IUT_ENTRANTS.general, techno: IUT_ENTRANTS.techno, pro: IUT_ENTRANTS.pro };
  const sexShare = { "1": 1 - IUT_ENTRANTS.women, "2": IUT_ENTRANTS.women } as const;
  const but = OTHER_TARGETS.but;
  for (let sweep = 0; sweep < 60; sweep++) {
    for (const family of families) {
      let rate = 0;
      for (const sexe of SEXE_KEYS)
        rate += sexShare[sexe] * but3(calibration.iut[family] + calibration.iut.sexe[sexe]);
      calibration.iut[family] += logit(but[family] / 100) - logit(rate);
    }
    for (const sexe of SEXE_KEYS) {
      let rate = 0;
      for (const family of families)
        rate += familyShare[family] * but3(calibration.iut[family] + calibration.iut.sexe[sexe]);
      const target = sexe === "2" ? but.women : but.men;
      calibration.iut.sexe[sexe] += logit(target / 100) - logit(rate);
    }
  }

  // Master: level per M1 entry year so that the diploma in 2 years matches (interpolated).
  const master2 = (level: number) => {
    let rate = 0;
    const ages = calibration.masterAge;
    for (const [age, share] of Object.entries(MASTER_AGE_MIX) as [keyof typeof ages, number][]) {
      const eta = level + ages[age];
      rate += share * logistic(eta + c.m1Pass) * (1 - c.cesure) * logistic(eta + c.m2Success);
    }
    return rate;
  };
  const in2 = Object.fromEntries(
    Object.entries(OTHER_TARGETS.master).map(([year, t]) => [Number(year), t.in2]),
  ) as Record<number, number>;
  for (let year = 2010; year <= 2030; year++) {
    calibration.masterLevel[year] = solveIncreasing(master2, interpolate(in2, year) / 100);
  }
  cached = calibration;
  return calibration;
}

/** Every k-th cell with its weight multiplied by k: a cheap, deterministic sub-grid for 1-D solves. */
function thin(cells: ProfileCell[], k: number): ProfileCell[] {
  return cells.filter((_, i) => i % k === 0).map((cell) => ({ ...cell, weight: cell.weight * k }));
}
