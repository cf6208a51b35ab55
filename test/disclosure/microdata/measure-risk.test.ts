import pl from "nodejs-polars";
import { describe, expect, it } from "vitest";
import { distribution, measureRisk } from "../../../src/disclosure/microdata/measure-risk.js";
import { hasReference, readReference } from "./reference-data.js";

const FILE = "sdcpractice/sdc_practice_guide_tab41_43_45.csv";
const keys = ["Residence", "Gender", "Education", "Labor"];

describe("measureRisk()", () => {
  it("measureRisk() counts fk bands, k-anonymity violations and classes on a tiny file", () => {
    const df = pl.DataFrame({ a: ["x", "x", "y", "z", "z", "z"], b: ["1", "1", "1", "2", "2", "2"] });
    const r = measureRisk(df, ["a", "b"], { kLevels: [2, 3] });
    expect(r.classes).toBe(3);
    expect(r.fk).toEqual({
      unique: 1,
      two: 2,
      threeToFour: 3,
      fiveOrMore: 0,
      mean: (1 + 2 * 2 + 3 * 3) / 6,
      min: 1,
    });
    expect(r.kAnonymity.map((k) => k.violatingRecords)).toEqual([1, 3]);
    // Without weights r = 1/fk: ER = 1 + 2·½ + 3·⅓ = 3.
    expect(r.global.expectedReidentifications).toBeCloseTo(3, 12);
    expect(r.perRecord.columns).toEqual(["a", "b", "fk", "risk", "suda", "dis_suda"]);
    expect(r.suda?.score[2]).toBeGreaterThan(0);
  });

  it("distribution() gives R type-7 quantiles and counts strictly above each threshold", () => {
    const d = distribution([0.1, 0.2, 0.3, 0.4]);
    expect(d.quantiles.find((q) => q.p === 0.5)?.value).toBeCloseTo(0.25, 12);
    expect(d.quantiles.find((q) => q.p === 0.25)?.value).toBeCloseTo(0.175, 12);
    expect(d.above.find((a) => a.threshold === 0.2)?.records).toBe(2);
  });

  it.skipIf(!hasReference(FILE))(
    "measureRisk() on the SDC Practice Guide example: 0.01582, 4 and 10 violators",
    () => {
      const r = measureRisk(readReference(FILE), keys, { weights: "Weight", suda: { maxSize: 3 } });
      expect(r.global.rate).toBeCloseTo(0.01582, 5);
      expect(r.kAnonymity.slice(0, 2).map((k) => k.violatingRecords)).toEqual([4, 10]);
      expect(r.perRecord.getColumn("suda").toArray()).toEqual([0, 0, 6, 0, 12, 0, 6, 10, 0, 0]);
    },
  );
});
