import pl from "nodejs-polars";
import { describe, expect, it } from "vitest";
import { betaLikeness } from "../../../src/disclosure/microdata/beta-likeness.js";

describe("betaLikeness()", () => {
  const df = pl.DataFrame({ age: [20, 20, 21, 21], diag: ["a", "b", "a", "a"] });

  it("reports the largest relative gain (q − p)/p of an over-represented value as basic β", () => {
    // class 20: b q = 0.5, p = 0.25 → 1; class 21: a q = 1, p = 0.75 → 1/3
    const b = betaLikeness(df, ["age"], "diag");
    expect(b.basic).toBeCloseTo(1, 12);
    expect(b.satisfiesBasic(1)).toBe(true);
    expect(b.satisfiesBasic(0.99)).toBe(false);
  });

  it("checks enhanced β-likeness with the tighter bound min(β, −ln p)", () => {
    const b = betaLikeness(df, ["age"], "diag");
    // value a: gain 1/3 ≤ −ln 0.75 ≈ 0.288? no → enhanced fails whatever β
    expect(b.satisfiesEnhanced(10)).toBe(false);
    // a frame where gains stay under −ln p
    const even = pl.DataFrame({ k: ["x", "x", "x", "y", "y", "y"], s: ["a", "b", "c", "a", "b", "b"] });
    // p: a 2/6, b 3/6, c 1/6; gains: x: a 0 c 1 → c gain 1 ≤ −ln(1/6) = 1.79 ✓; y: b (2/3 − 1/2)/(1/2) = 1/3 ≤ ln 2 ✓
    const e = betaLikeness(even, ["k"], "s");
    expect(e.basic).toBeCloseTo(1, 12);
    expect(e.satisfiesEnhanced(1)).toBe(true);
    expect(e.satisfiesEnhanced(0.5)).toBe(false);
  });
});
