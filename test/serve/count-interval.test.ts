import { describe, expect, it } from "vitest";
import { CountAccumulator, frenchCount, sumCohortCounts } from "../../src/serve/count-interval.js";

describe("sumCohortCounts()", () => {
  it("adds 1 to k − 1 per masked cohort (published 0) and counts them", () => {
    expect(sumCohortCounts([43, 0, 23, 0])).toEqual({
      min: 43 + 23 + 2,
      max: 43 + 23 + 2 * 4,
      cohortes_masquees: 2,
      exact: false,
      au_moins_une_personne: true,
    });
  });

  it("is exact without masked cohorts, and says 'at least one' for a single masked cohort", () => {
    expect(sumCohortCounts([5, 7])).toMatchObject({ min: 12, max: 12, exact: true });
    expect(sumCohortCounts([0])).toMatchObject({ min: 1, max: 4, au_moins_une_personne: true });
    expect(sumCohortCounts([])).toMatchObject({ min: 0, max: 0, au_moins_une_personne: false });
  });

  it("follows the release's k", () => {
    expect(sumCohortCounts([0, 0, 10], 11)).toMatchObject({ min: 12, max: 30 });
  });
});

describe("CountAccumulator.merge()", () => {
  it("gives the interval of the union of cohorts", () => {
    const a = new CountAccumulator().add(6).add(0);
    const b = new CountAccumulator().add(0).add(0);
    expect(a.merge(b).interval()).toEqual(sumCohortCounts([6, 0, 0, 0]));
  });
});

describe("frenchCount()", () => {
  it("writes an exact count, an interval or 'aucun'", () => {
    expect(frenchCount(sumCohortCounts([1200, 5]))).toBe((1205).toLocaleString("fr-FR"));
    expect(frenchCount(sumCohortCounts([0, 0]))).toBe("entre 2 et 8");
    expect(frenchCount(sumCohortCounts([]))).toBe("aucun");
  });
});
