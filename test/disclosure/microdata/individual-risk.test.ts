import type pl from "nodejs-polars";
import { describe, expect, it } from "vitest";
import { individualRisk, individualRiskOfKey } from "../../../src/disclosure/microdata/individual-risk.js";
import { sdcMicroTestData } from "./sdcmicro-fixtures.js";

const risks = (frame: pl.DataFrame) => frame.getColumn("risk").toArray() as number[];
const expectClose = (actual: number[], expected: number[], digits = 7) => {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((value, i) => {
    expect(value).toBeCloseTo(expected[i]!, digits);
  });
};

// Published values: sdcTools/sdcMicro tests/testthat/test_indivRisk.R (expect_equal, tolerance 1.5e-8
// relative; the published numbers have 8 significant digits, so we compare to 7 decimals).
describe("individualRisk()", () => {
  const keys = ["A", "B", "C"];

  it("matches sdcMicro indivRisk approx on weighted data without missing values", () => {
    const out = individualRisk(sdcMicroTestData(false), keys, { weights: "weight" });
    expectClose(
      risks(out),
      [0.01369863, 0.08579129, 0.01369863, 0.17707583, 0.01877883, 0.01877883, 0.03931625, 0.01369863],
    );
    const doubled = individualRisk(sdcMicroTestData(false), keys, { weights: "weight", qual: 2 });
    expectClose(
      risks(doubled),
      [0.02739726, 0.17158258, 0.02739726, 0.35415167, 0.03755767, 0.03755767, 0.07863251, 0.02739726],
    );
  });

  it("matches sdcMicro indivRisk exact on weighted data without missing values", () => {
    const out = individualRisk(sdcMicroTestData(false), keys, { weights: "weight", method: "exact" });
    expectClose(
      risks(out),
      [0.01355297, 0.08579129, 0.01355297, 0.17707583, 0.01877883, 0.01877883, 0.03931625, 0.01355297],
    );
  });

  it("matches sdcMicro indivRisk approx and exact on weighted data with missing key values", () => {
    const approx = individualRisk(sdcMicroTestData(true), keys, { weights: "weight" });
    expectClose(
      risks(approx),
      [0.01369863, 0.085791288, 0.01055409, 0.032466112, 0.009836066, 0.009836066, 0.039316254, 0.005973716],
    );
    const exact = individualRisk(sdcMicroTestData(true), keys, { weights: "weight", method: "exact" });
    expectClose(
      risks(exact),
      [
        0.013552968, 0.085791288, 0.010504889, 0.032466112, 0.009756889, 0.009756889, 0.039316254,
        0.005962551,
      ],
    );
    const exact2 = individualRisk(sdcMicroTestData(true), keys, {
      weights: "weight",
      method: "exact",
      qual: 2,
    });
    expectClose(
      risks(exact2),
      [0.02710594, 0.17158258, 0.02100978, 0.06493222, 0.01951378, 0.01951378, 0.07863251, 0.0119251],
    );
  });

  it("gives 1/fk for a population (survey = false), ignoring qual, as sdcMicro", () => {
    const out = individualRisk(sdcMicroTestData(true), keys, { weights: "weight", survey: false, qual: 2 });
    expectClose(risks(out), [1 / 3, 1, 0.25, 0.5, 1 / 3, 1 / 3, 1, 0.2], 5);
  });

  it("gives qual/fk for unweighted survey data, as sdcMicro (fk = Fk)", () => {
    const out = individualRisk(sdcMicroTestData(false), keys, { survey: true, qual: 2 });
    expectClose(risks(out), [0.66667, 2, 0.66667, 2, 1, 1, 2, 0.66667], 5);
    expect(out.columns).toEqual(["A", "B", "C", "weight", "fk", "risk"]);
  });
});

describe("individualRiskOfKey()", () => {
  it("follows the fk = 1 and fk = 2 formulas", () => {
    // pk = 0.1: 0.1/0.9 · ln 10
    expect(individualRiskOfKey(1, 10)).toBeCloseTo((0.1 / 0.9) * Math.log(10), 12);
    // pk = 0.2: 0.25 − 0.0625 · ln 5
    expect(individualRiskOfKey(2, 10)).toBeCloseTo(0.25 - 0.0625 * Math.log(5), 12);
    // fk > 2 approx: pk/(fk − (1 − pk)) with pk = 0.3
    expect(individualRiskOfKey(3, 10)).toBeCloseTo(0.3 / (3 - 0.7), 12);
  });
});
