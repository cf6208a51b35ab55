import pl from "nodejs-polars";
import { describe, expect, it } from "vitest";
import { tCloseness } from "../../../src/disclosure/microdata/t-closeness.js";

describe("tCloseness()", () => {
  it("uses ½ Σ|p − q| with the equal ground distance", () => {
    const df = pl.DataFrame({ age: [20, 20, 21, 21], diag: ["a", "b", "a", "a"] });
    const t = tCloseness(df, ["age"], "diag");
    expect(t.distance).toBe("equal");
    // Q = (0.75, 0.25); class 20: P = (0.5, 0.5) → 0.25; class 21: (1, 0) → 0.25
    expect(t.classes.map((c) => c.emd)).toEqual([0.25, 0.25]);
    expect(t.t).toBeCloseTo(0.25, 12);
  });

  // Li, Li & Venkatasubramanian (ICDE 2007), Table 3/4 example: salaries {3k…11k} (9 values),
  // Q uniform; class {3k, 4k, 5k} has ordered EMD 0.375 and class {6k, 8k, 11k} 0.167.
  it("reproduces the salary example of Li et al. with the ordered distance", () => {
    const salary = [3, 4, 5, 6, 7, 8, 9, 10, 11];
    const group = ["low", "low", "low", "mid", "x", "mid", "x", "x", "mid"];
    const df = pl.DataFrame({ g: group, salary });
    const t = tCloseness(df, ["g"], "salary", { distance: "ordered" });
    expect(t.classes[0]!.emd).toBeCloseTo(0.375, 12);
    expect(t.classes[1]!.emd).toBeCloseTo(1 / 6, 12);
  });

  it("follows a given order of categories for the ordered distance", () => {
    const df = pl.DataFrame({ k: ["a", "b"], niveau: ["03", "01"] });
    // order 01 < 02 < 03 is given but 02 is absent: m = 2 observed values → distance 1 between them.
    const t = tCloseness(df, ["k"], "niveau", { distance: "ordered", order: ["01", "02", "03"] });
    expect(t.t).toBeCloseTo(0.5, 12);
    expect(() => tCloseness(df, ["k"], "niveau", { distance: "ordered", order: ["01"] })).toThrow(
      /missing from the given order/,
    );
  });

  it("gives 0 when every class has the overall distribution", () => {
    const df = pl.DataFrame({ k: ["a", "a", "b", "b"], s: [1, 2, 1, 2] });
    expect(tCloseness(df, ["k"], "s").t).toBe(0);
  });
});
