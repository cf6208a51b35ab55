import { describe, expect, it } from "vitest";
import { nullClusterQuality, quantile } from "../../../src/sequences/null-models/null-cluster-quality.js";

/** Two clear groups: long spells of state 0 then 1, or of 2 then 3, with small variations. */
function twoGroups(): Int32Array[] {
  const out: Int32Array[] = [];
  for (let i = 0; i < 24; i++) {
    const cut = 2 + (Math.floor(i / 2) % 6);
    const [a, b] = i % 2 === 0 ? [0, 1] : [2, 3];
    out.push(Int32Array.from({ length: 10 }, (_, t) => (t < cut ? a! : b!)));
  }
  return out;
}

describe("nullClusterQuality()", () => {
  const options = {
    alphabetSize: 4,
    method: "OM" as const,
    sm: "CONSTANT" as const,
    kMax: 4,
    replicates: 20,
    seed: 4,
  };

  it("standardises each k by the mean and sd of its null replicates", () => {
    const r = nullClusterQuality(twoGroups(), { ...options, model: "combined" });
    const asw = r.statistics.ASW;
    expect(r.k).toEqual([2, 3, 4]);
    expect(asw.replicates).toHaveLength(20);
    asw.observed.forEach((o, c) => {
      const values = asw.replicates.map((row) => row[c]!);
      const m = values.reduce((a, b) => a + b, 0) / 20;
      const sd = Math.sqrt(values.reduce((a, b) => a + (b - m) ** 2, 0) / 19);
      expect(asw.standardized[c]).toBeCloseTo((o - m) / sd, 12);
    });
  });

  it("finds two real groups better than chance under the combined and sequencing models, Ward and PAM", () => {
    for (const model of ["combined", "sequencing"] as const) {
      for (const clustering of ["ward", "pam"] as const) {
        const asw = nullClusterQuality(twoGroups(), { ...options, model, clustering }).statistics.ASW;
        expect(asw.standardized[0]!, `${model} ${clustering}`).toBeGreaterThan(asw.band[1]);
      }
    }
  });

  it("runs with CLARA and is deterministic for a seed", () => {
    const a = nullClusterQuality(twoGroups(), { ...options, clustering: "clara", replicates: 5 });
    const b = nullClusterQuality(twoGroups(), { ...options, clustering: "clara", replicates: 5 });
    expect(a.statistics.R2.replicates).toEqual(b.statistics.R2.replicates);
    expect(a.statistics.R2.observed[0]).toBeGreaterThan(0.5);
  });
});

describe("quantile()", () => {
  it("interpolates as R's type 7", () => {
    // quantile(1:5, 0.3) = 1 + 0.3·4 = 2.2 in R.
    expect(quantile([1, 2, 3, 4, 5], 0.3)).toBeCloseTo(2.2, 12);
    expect(quantile([1, 2, 3, 4, 5], 1)).toBe(5);
  });
});

describe("nullQualityFigure()", () => {
  it("draws the standardised observed values over the null band", async () => {
    const { nullQualityFigure } = await import("../../../src/viz/null-quality-figure.js");
    const r = nullClusterQuality(twoGroups(), { alphabetSize: 4, method: "HAM", kMax: 3, replicates: 4 });
    const figure = nullQualityFigure(r, { statistic: "R2" });
    expect(figure.data[2]!.y).toEqual(r.statistics.R2.standardized);
    expect(figure.data[1]!.y).toEqual([r.statistics.R2.band[1], r.statistics.R2.band[1]]);
  });
});
