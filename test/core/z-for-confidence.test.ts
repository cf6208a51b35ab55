import { describe, expect, it } from "vitest";
import { zForConfidence } from "../../src/core/z-for-confidence.js";

describe("zForConfidence()", () => {
  it("returns the usual normal quantiles", () => {
    expect(zForConfidence(0.95)).toBeCloseTo(1.959964, 6);
    expect(zForConfidence(0.9)).toBeCloseTo(1.644854, 6);
    expect(zForConfidence(0.998)).toBeCloseTo(3.090232, 6);
  });
});
