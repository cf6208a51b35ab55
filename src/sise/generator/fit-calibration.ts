import {
  AGE_KEYS,
  type AgeKey,
  GD_KEYS,
  type GdKey,
  LICENCE_TARGETS,
  LICENCE_TARGETS_BY_COHORT,
  type LicenceStratumTarget,
  MENTION_KEYS,
  type MentionKey,
  ORIGINE_KEYS,
  type OrigineKey,
  OTHER_TARGETS,
  PASSAGE_BY_ORIGINE_2023,
  SERIES_KEYS,
  SEXE_KEYS,
  type SeriesKey,
  type SexeKey,
} from "./calibration-targets.js";
import type { CareerState } from "./career-state.js";
import { careerTransitions, type StudentPropensities, TRANSITION_CONSTANTS } from "./career-transitions.js";
import {
  LICENCE_ENTRANT_PROFILES,
  licenceProfileCells,
  type ProfileCell,
} from "./licence-entrant-profile.js";

/**
 * Additive effects on the logit scale, one per category of each characteristic of a
 * néo-bachelier (no intercept: the series effects carry the level).
 *
 * @example
 * const eta = coefficients.series.S + coefficients.mention.B + coefficients.age.R0 + coefficients.sexe["2"] + coefficients.gd.SI + coefficients.origine.ORI01;
 */
export interface AdditiveLogit {
  series: Record<SeriesKey, number>;
  mention: Record<MentionKey, number>;
  /** `R4` (bac pro) is fixed at 0. */
  age: Record<AgeKey, number>;
  sexe: Record<SexeKey, number>;
  gd: Record<GdKey, number>;
  /** Fixed from the 2023 passage rates by origine sociale (not fitted: no 2014 target). */
  origine: Record<OrigineKey, number>;
}

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

const logit = (p: number): number => Math.log(p / (1 - p));
const logistic = (x: number): number => 1 / (1 + Math.exp(-x));

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const key of keys) out[key] = 0;
  return out;
}

function emptyLogit(): AdditiveLogit {
  const origine = zeros(ORIGINE_KEYS);
  const level = logit(PASSAGE_BY_ORIGINE_2023.ORI03.passage / 100);
  for (const key of ORIGINE_KEYS) origine[key] = logit(PASSAGE_BY_ORIGINE_2023[key].passage / 100) - level;
  return {
    series: zeros(SERIES_KEYS),
    mention: zeros(MENTION_KEYS),
    age: { ...zeros(AGE_KEYS), R4: 0 },
    sexe: zeros(SEXE_KEYS),
    gd: zeros(GD_KEYS),
    origine,
  };
}

/**
 * The value of an additive logit for a combination of characteristics.
 *
 * @example
 * linearPredictor(calibration.passL1, { series: "S", mention: "B", age: "R0", sexe: "2", gd: "SI", origine: "ORI01" });
 */
export function linearPredictor(
  model: AdditiveLogit,
  cell: Pick<ProfileCell, "series" | "mention" | "age" | "sexe" | "gd" | "origine">,
): number {
  return (
    model.series[cell.series] +
    model.mention[cell.mention] +
    model.age[cell.age] +
    model.sexe[cell.sexe] +
    model.gd[cell.gd] +
    model.origine[cell.origine]
  );
}

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

type Factor = "series" | "mention" | "age" | "sexe" | "gd";
const FITTED_FACTORS: readonly Factor[] = ["series", "mention", "age", "sexe", "gd"];

function targetsFor(factor: Factor): Record<string, LicenceStratumTarget> {
  return LICENCE_TARGETS[factor] as Record<string, LicenceStratumTarget>;
}

interface CellState {
  cell: ProfileCell;
  outcomes: ExpectedLicenceOutcomes;
}

/**
 * One iterative-proportional-fitting sweep on the logit scale: for each characteristic and
 * category with a published rate, adds logit(target) − logit(current expected rate) to its
 * effect, then recomputes the expected rates. Converges to effects whose expected one-way
 * margins equal the targets.
 */
function fitStage(
  model: AdditiveLogit,
  cells: ProfileCell[],
  measure: keyof ExpectedLicenceOutcomes,
  targetOf: (t: LicenceStratumTarget) => number,
  evaluate: (cell: ProfileCell) => ExpectedLicenceOutcomes,
  sweeps: number,
  gaussSeidel: boolean,
  damping = 1,
): void {
  let states: CellState[] = cells.map((cell) => ({ cell, outcomes: evaluate(cell) }));
  for (let sweep = 0; sweep < sweeps; sweep++) {
    for (const factor of FITTED_FACTORS) {
      const targets = targetsFor(factor);
      const sums = new Map<string, { w: number; x: number }>();
      for (const { cell, outcomes } of states) {
        const key = cell[factor];
        const s = sums.get(key) ?? { w: 0, x: 0 };
        s.w += cell.weight;
        s.x += cell.weight * outcomes[measure];
        sums.set(key, s);
      }
      for (const [key, s] of sums) {
        const target = targets[key];
        if (!target) continue;
        const current = Math.min(Math.max(s.x / s.w, 1e-6), 1 - 1e-6);
        (model[factor] as Record<string, number>)[key]! +=
          damping * (logit(targetOf(target) / 100) - logit(current));
      }
      // Gauss–Seidel re-evaluates after each characteristic (exact but costly); Jacobi once per
      // sweep, damped, which is enough when each evaluation is a four-year propagation.
      if (gaussSeidel) states = cells.map((cell) => ({ cell, outcomes: evaluate(cell) }));
    }
    if (!gaussSeidel) states = cells.map((cell) => ({ cell, outcomes: evaluate(cell) }));
  }
}

function propensitiesOf(
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
