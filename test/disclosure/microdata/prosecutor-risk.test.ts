import pl from "nodejs-polars";
import { describe, expect, it } from "vitest";
import { prosecutorRisk } from "../../../src/disclosure/microdata/prosecutor-risk.js";

describe("prosecutorRisk()", () => {
  // Classes of size 1, 2, 3 and 4 (10 records): ARX RiskModelSampleSummary gives highest risk
  // 1/1, records at risk (1/|EC| > 0.4) = (1 + 2)/10, success rate = 4 classes / 10 records.
  const df = pl.DataFrame({ sexe: ["1", "2", "2", "3", "3", "3", "4", "4", "4", "4"] });

  it("summarises highest, at-risk, average risk and uniques as ARX does", () => {
    const r = prosecutorRisk(df, ["sexe"], { threshold: 0.4 });
    expect(r.highestRisk).toBe(1);
    expect(r.recordsAtRiskCount).toBe(3);
    expect(r.recordsAtRisk).toBeCloseTo(0.3, 12);
    expect(r.averageRisk).toBeCloseTo(0.4, 12);
    expect(r.uniqueShare).toBeCloseTo(0.1, 12);
    expect(r.classes).toBe(4);
    expect(r.smallestClass).toBe(1);
  });

  it("uses a strict threshold: 1/|EC| equal to the threshold is not at risk", () => {
    expect(prosecutorRisk(df, ["sexe"], { threshold: 0.5 }).recordsAtRiskCount).toBe(1);
    // default 0.2: classes smaller than 5 → everyone here
    expect(prosecutorRisk(df, ["sexe"]).recordsAtRiskCount).toBe(10);
  });

  it("leaves suppressed records out, as ARX outliers", () => {
    const flagged = df.withColumns(
      pl.Series("out", [true, false, false, false, false, false, false, false, false, false]),
    );
    const r = prosecutorRisk(flagged, ["sexe"], { suppressed: "out" });
    expect(r.records).toBe(9);
    expect(r.highestRisk).toBe(0.5);
  });
});
