import { describe, expect, it } from "vitest";
import { rateErrors } from "../../../src/disclosure/utility/rate-errors.js";

describe("rateErrors()", () => {
  it("rateErrors() measures points, units, unusable share, size bands and the goal", () => {
    const result = rateErrors([
      { group: "a", size: 60, trueHits: 30, estimatedHits: 27, estimatedSize: 60 },
      { group: "b", size: 100, trueHits: 50, estimatedHits: 51, estimatedSize: 100 },
      { group: "c", size: 8, trueHits: 4, estimatedHits: 0, estimatedSize: 0 },
      { group: "d", size: 0, trueHits: 0, estimatedHits: 0, estimatedSize: 0 },
    ]);
    const points = result.rows.map((r) => r.errorPoints);
    expect(points[0]).toBeCloseTo(5, 12);
    expect(points[1]).toBeCloseTo(1, 12);
    expect(points[2]).toBeNull();
    expect(result.overall.notComputable).toBe(1);
    expect(result.overall.unusableShare).toBeCloseTo(1 / 3, 12);
    expect(result.overall.meanErrorPoints).toBeCloseTo(3, 12);
    expect(result.overall.meanErrorUnits).toBeCloseTo((3 + 1 + 4) / 3, 12);
    const { maxErrorPoints, ...goal } = result.goal;
    expect(goal).toEqual({ minSize: 50, points: 2, groups: 2, within: 1, notComputable: 0 });
    expect(maxErrorPoints).toBeCloseTo(5, 12);
    expect(result.bySize.map((b) => b.summary.groups)).toEqual([1, 0, 2, 0]);
  });
});
