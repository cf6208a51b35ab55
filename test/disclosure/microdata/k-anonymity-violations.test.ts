import pl from "nodejs-polars";
import { describe, expect, it } from "vitest";
import { kAnonymityViolations } from "../../../src/disclosure/microdata/k-anonymity-violations.js";
import { sdcMicroTestData } from "./sdcmicro-fixtures.js";

describe("kAnonymityViolations()", () => {
  it("lists the records of classes smaller than k", () => {
    const df = pl.DataFrame({ sexe: ["1", "1", "2", "1", "2"], age: [20, 20, 20, 21, 20] });
    const v = kAnonymityViolations(df, ["sexe", "age"], 2);
    expect(v.rows).toEqual([3]);
    expect(v.violatingRecords).toBe(1);
    expect(v.violatingClasses).toBe(1);
    expect(v.satisfied).toBe(false);
    expect(kAnonymityViolations(df, ["sexe", "age"], 1).satisfied).toBe(true);
  });

  it("counts sdcMicro's n1 and n1 + n2 (obs. violating 2- and 3-anonymity)", () => {
    // sdcMicro test_indivRisk.R publishes r = 1/fk = 0.33333, 1, 0.33333, 1, 0.5, 0.5, 1, 0.33333
    // for these data (survey = FALSE), i.e. fk = 3,1,3,1,2,2,1,3: n1 = 3, n1 + n2 = 5.
    const df = sdcMicroTestData(false);
    expect(kAnonymityViolations(df, ["A", "B", "C"], 2).violatingRecords).toBe(3);
    expect(kAnonymityViolations(df, ["A", "B", "C"], 3).violatingRecords).toBe(5);
  });

  it("checks the weighted frequency Fk on request", () => {
    const df = pl.DataFrame({ a: ["x", "x", "y"], w: [1, 1, 10] });
    expect(kAnonymityViolations(df, ["a"], 3, { weights: "w", on: "Fk" }).rows).toEqual([0, 1]);
    expect(() => kAnonymityViolations(df, ["a"], 3, { on: "Fk" })).toThrow(/weight/);
    expect(() => kAnonymityViolations(df, ["a"], 0)).toThrow(/integer ≥ 1/);
  });
});
