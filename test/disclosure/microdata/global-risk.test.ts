import pl from "nodejs-polars";
import { describe, expect, it } from "vitest";
import { globalRisk } from "../../../src/disclosure/microdata/global-risk.js";
import { sdcMicroTestData } from "./sdcmicro-fixtures.js";

describe("globalRisk()", () => {
  it("sums individual risks into expected re-identifications (sdcMicro measure_risk)", () => {
    // Unweighted: r = 1/fk. sdcMicro test_calcRisks.R publishes risk_ER = 8 and risk = 0.8 for
    // 10 records with fk = 2,1,2,1,1,2,1,2,1,1; our frame reproduces those class sizes.
    const df = pl.DataFrame({ k: ["a", "b", "a", "c", "d", "e", "f", "e", "g", "h"] });
    const g = globalRisk(df, ["k"]);
    expect(g.records).toBe(10);
    expect(g.expectedReidentifications).toBeCloseTo(8, 12);
    expect(g.rate).toBeCloseTo(0.8, 12);
    expect(g.maxRisk).toBe(1);
  });

  it("uses weighted individual risks when weights are given", () => {
    const g = globalRisk(sdcMicroTestData(false), ["A", "B", "C"], { weights: "weight" });
    const published = [
      0.01369863, 0.08579129, 0.01369863, 0.17707583, 0.01877883, 0.01877883, 0.03931625, 0.01369863,
    ];
    const er = published.reduce((s, r) => s + r, 0);
    expect(g.expectedReidentifications).toBeCloseTo(er, 6);
    expect(g.rate).toBeCloseTo(er / 8, 6);
  });

  it("counts records much riskier than the main part (r > median + 3 MAD and r > 0.1)", () => {
    // 9 records in one class (r = 1/9 ≈ 0.111, MAD = 0) and one unique (r = 1).
    const df = pl.DataFrame({ k: [...Array(9).fill("a"), "b"] });
    expect(globalRisk(df, ["k"]).highRiskRecords).toBe(1);
  });

  it("computes the household risk 1 − Π(1 − r) summed over members", () => {
    const df = pl.DataFrame({ k: ["a", "a", "b"], hh: [1, 2, 2] });
    // r = 0.5, 0.5, 1 → household 1: 0.5; household 2: 1 → Σ over records 0.5 + 1 + 1
    const g = globalRisk(df, ["k"], { household: "hh" });
    expect(g.household?.expectedReidentifications).toBeCloseTo(2.5, 12);
    expect(g.household?.rate).toBeCloseTo(2.5 / 3, 12);
  });
});
