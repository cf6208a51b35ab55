import { describe, expect, test } from "vitest";
import { LICENCE_TARGETS } from "../../../src/sise/generator/calibration-targets.js";
import { expectedCohortRates } from "../../../src/sise/generator/expected-cohort-rates.js";
import { expectedLicenceOutcomes } from "../../../src/sise/generator/expected-licence-outcomes.js";
import { fitCalibration } from "../../../src/sise/generator/fit-calibration.js";
import {
  LICENCE_ENTRANT_PROFILES,
  licenceProfileCells,
} from "../../../src/sise/generator/licence-entrant-profile.js";

const calibration = fitCalibration();
const FACTORS = { series: "series", mention: "mention", age: "age", sexe: "sexe", gd: "gd" } as const;

describe("fitCalibration()", () => {
  test("reproduces every published passage rate of cohort 2014 in expectation (IPF converged)", () => {
    const rates = expectedCohortRates(calibration, 2014);
    expect(rates.all.passage * 100).toBeCloseTo(LICENCE_TARGETS.all.passage, 1);
    for (const factor of Object.keys(FACTORS) as (keyof typeof FACTORS)[]) {
      for (const [key, target] of Object.entries(LICENCE_TARGETS[factor])) {
        expect(rates.byStratum[`${factor}:${key}`]!.passage * 100, `${factor}:${key}`).toBeCloseTo(
          target.passage,
          1,
        );
      }
    }
    expect(rates.all.redoublement * 100).toBeCloseTo(29.0, 1);
  });

  test("reproduces the réussite rates of cohort 2012 within half a point in expectation", () => {
    const rates = expectedCohortRates(calibration, 2012);
    for (const factor of Object.keys(FACTORS) as (keyof typeof FACTORS)[]) {
      for (const [key, target] of Object.entries(LICENCE_TARGETS[factor])) {
        const r = rates.byStratum[`${factor}:${key}`]!;
        expect(Math.abs(r.reussite3 * 100 - target.reussite3), `${factor}:${key} 3 ans`).toBeLessThan(0.5);
        expect(Math.abs(r.reussite34 * 100 - target.reussite34), `${factor}:${key} 3-4 ans`).toBeLessThan(
          1.5,
        );
      }
    }
  });

  test("shifts recent cohorts to the SIES passage rates (44.0 % in 2021, 49.1 % in 2023)", () => {
    expect(expectedCohortRates(calibration, 2021).all.passage * 100).toBeCloseTo(44.0, 1);
    expect(expectedCohortRates(calibration, 2023).all.passage * 100).toBeCloseTo(49.1, 1);
  });

  test("orders the effects as the published rates do (S > ES > STMG > pro, TB > passable)", () => {
    const s = calibration.passL1.series;
    expect(s.S).toBeGreaterThan(s.ES);
    expect(s.ES).toBeGreaterThan(s.STMG);
    expect(s.STMG).toBeGreaterThan(s.PRO);
    expect(calibration.passL1.mention.A).toBeGreaterThan(calibration.passL1.mention.D);
  });
});

describe("expectedLicenceOutcomes()", () => {
  test("gives passage = logistic(passL1) and réussite in 3 years ≤ in 3–4 years ≤ passage + repeats", () => {
    const o = expectedLicenceOutcomes(
      { passL1: 0.2, progress: 0.1, secondChance: -0.5, repeatShare: 0.5, iut: 0, master: 0 },
      2014,
    );
    expect(o.passage).toBeCloseTo(1 / (1 + Math.exp(-0.2)), 12);
    expect(o.reussite3).toBeLessThan(o.reussite34);
    expect(o.reussite34).toBeLessThan(o.passage + o.redoublement);
  });
});

describe("licenceProfileCells()", () => {
  test("sums to 1 and gives bac S the published share of the 2014 cohort (43,130 / 159,766)", () => {
    const cells = licenceProfileCells(LICENCE_ENTRANT_PROFILES.cohort2014);
    expect(cells.reduce((sum, c) => sum + c.weight, 0)).toBeCloseTo(1, 10);
    const s = cells.filter((c) => c.series === "S").reduce((sum, c) => sum + c.weight, 0);
    expect(s).toBeCloseTo(43_130 / 159_766, 6);
    const tb = cells.filter((c) => c.mention === "A").reduce((sum, c) => sum + c.weight, 0);
    expect(tb).toBeCloseTo(7_253 / 159_766, 4);
  });
});
