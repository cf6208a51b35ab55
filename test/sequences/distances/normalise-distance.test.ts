import { describe, expect, it } from "vitest";
import { normaliseDistance } from "../../../src/sequences/distances/normalise-distance.js";

describe("normaliseDistance()", () => {
  it("returns 0 for a zero distance whatever the normalisation", () => {
    for (const norm of ["none", "maxlength", "gmean", "maxdist", "YujianBo"] as const) {
      expect(normaliseDistance(0, 0, 0, 0, norm)).toBe(0);
    }
  });

  it("applies each formula of TraMineR's normaliseDistance", () => {
    expect(normaliseDistance(2, 8, 4, 5, "maxlength")).toBe(0.4);
    expect(normaliseDistance(2, 8, 4, 4, "gmean")).toBe(1 - 6 / 8);
    expect(normaliseDistance(2, 8, 4, 5, "maxdist")).toBe(0.25);
    expect(normaliseDistance(2, 8, 4, 5, "YujianBo")).toBe(0.4);
  });

  it("handles empty sequences and a zero maximal distance like the C++ code", () => {
    expect(normaliseDistance(1, 1, 0, 1, "gmean")).toBe(1);
    expect(normaliseDistance(1, 0, 1, 1, "maxdist")).toBe(1);
    expect(normaliseDistance(1, 0, 1, 1, "YujianBo")).toBe(1);
    expect(normaliseDistance(1, 1, 0, 0, "maxlength")).toBe(0);
  });
});
