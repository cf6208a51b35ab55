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

  it("reproduces the SDC Practice Guide household example: risks 0.02, 0.03, 0.03 give 0.078", () => {
    // ihsn/SDCPractice measure_risk.rst, "Household risk": 1 − (1 − 0.02)(1 − 0.03)(1 − 0.03) = 0.078.
    // Unweighted data give r = 1/fk, so one household holds a member of a class of 50 (r = 0.02) and
    // members of two classes of 33 (r ≈ 0.0303); every other record lives alone.
    const df = pl.DataFrame({
      k: [...Array(50).fill("a"), ...Array(33).fill("b"), ...Array(33).fill("c")],
      hh: [1, ...Array(49).fill(0), 1, ...Array(32).fill(0), 1, ...Array(32).fill(0)].map((h, i) =>
        h === 1 ? 1 : 100 + i,
      ),
    });
    const g = globalRisk(df, ["k"], { household: "hh" });
    const r = 1 - (1 - 1 / 50) * (1 - 1 / 33) ** 2;
    expect(r).toBeCloseTo(0.078, 2);
    const others = 49 / 50 + (2 * 32) / 33;
    expect(g.household?.expectedReidentifications).toBeCloseTo(3 * r + others, 10);
  });
});
