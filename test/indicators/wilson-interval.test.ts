import { describe, expect, it } from "vitest";
import { ParameterError } from "../../src/core/errors.js";
import { wilsonInterval } from "../../src/indicators/wilson-interval.js";

describe("wilsonInterval()", () => {
  // Newcombe (1998), "Two-sided confidence intervals for the single proportion: comparison of
  // seven methods", Statistics in Medicine 17:857–872, Table II, method 3 (score interval).
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])("matches Newcombe's published interval for %i/%i", (x, n, lower, upper) => {
    const interval = wilsonInterval(x, n);
    expect(interval.rate).toBeCloseTo(x / n, 12);
    expect(interval.lower).toBeCloseTo(lower, 4);
    expect(interval.upper).toBeCloseTo(upper, 4);
  });

  it("gives [0, z²/(n+z²)] for x = 0 and [n/(n+z²), 1] for x = n", () => {
    const z2 = 1.959963984540054 ** 2;
    expect(wilsonInterval(0, 10)).toEqual({ rate: 0, lower: 0, upper: expect.closeTo(z2 / (10 + z2), 9) });
    expect(wilsonInterval(10, 10)).toEqual({ rate: 1, lower: expect.closeTo(10 / (10 + z2), 9), upper: 1 });
  });

  it("returns nulls for an empty group instead of NaN", () => {
    expect(wilsonInterval(0, 0)).toEqual({ rate: null, lower: null, upper: null });
  });

  it("widens with the confidence level and narrows with n", () => {
    const i90 = wilsonInterval(40, 100, { confidence: 0.9 });
    const i99 = wilsonInterval(40, 100, { confidence: 0.99 });
    expect(i99.upper! - i99.lower!).toBeGreaterThan(i90.upper! - i90.lower!);
    const big = wilsonInterval(4000, 10000);
    expect(big.upper! - big.lower!).toBeLessThan(0.02);
  });

  it("rejects impossible counts and confidence levels", () => {
    expect(() => wilsonInterval(5, 4)).toThrow(ParameterError);
    expect(() => wilsonInterval(-1, 4)).toThrow(/x doit être un entier/);
    expect(() => wilsonInterval(1.5, 4)).toThrow(/x doit être un entier/);
    expect(() => wilsonInterval(1, 4, { confidence: 1 })).toThrow(/niveau de confiance/);
  });
});
