import pl from "nodejs-polars";
import { describe, expect, it } from "vitest";
import { checkRelease } from "../../../src/disclosure/gate/check-release.js";

const totals = pl.DataFrame({ cohorteid: [1, 2, 3], effectif: [7, 25, 3] });

describe("checkRelease() on cohorts", () => {
  it("publishes groups below k as 0 and hides the given columns of those groups only", async () => {
    const counts = totals.withColumns(pl.Series("reussites", ["7", "0+12", "3"]));
    const verdict = await checkRelease(
      { kind: "cohorts", counts, hideWhenMasked: ["reussites"] },
      "oraccle-k5",
    );
    expect(verdict.passed).toBe(true);
    expect(verdict.released!.frame.toRecords()).toEqual([
      { cohorteid: 1, effectif: 7, reussites: "7" },
      { cohorteid: 2, effectif: 25, reussites: "0+12" },
      { cohorteid: 3, effectif: 0, reussites: null },
    ]);
    expect(verdict.report.summary).toEqual({ groups: 3, maskedGroups: 1, unitsInMaskedGroups: 3 });
  });

  it("refuses a group without any unit, whose 0 would read as masked, and releases nothing", async () => {
    const verdict = await checkRelease(
      { kind: "cohorts", counts: pl.DataFrame({ cohorteid: [1, 2], effectif: [9, 0] }) },
      "oraccle-k5",
    );
    expect(verdict.passed).toBe(false);
    expect(verdict.released).toBeUndefined();
    expect(verdict.report.checks[0]!.items).toEqual([{ coordinates: { cohorteid: "2" } }]);
  });
});

describe("checkRelease() on a cohort × attribute table", () => {
  const counts = pl.DataFrame({
    cohorteid: [1, 1, 2, 2, 2, 3],
    sexe: ["1", "2", "1", "2", "9", "2"],
    effectif: [6, 1, 12, 11, 2, 3],
  });

  it("erases rare values until the erased row cannot be recomputed from the cohort total", async () => {
    const verdict = await checkRelease(
      { kind: "cohort-attribute", counts, attribute: "sexe", totals },
      "oraccle-k5",
    );
    expect(verdict.passed).toBe(true);
    expect(verdict.released!.frame.toRecords()).toEqual([
      { cohorteid: 1, sexe: null, effectif: 7 },
      { cohorteid: 2, sexe: "1", effectif: 12 },
      { cohorteid: 2, sexe: null, effectif: 13 },
      { cohorteid: 3, sexe: null, effectif: 0 },
    ]);
    expect(verdict.report.checks.map((check) => check.rule)).toEqual(["coverage", "differencing"]);
  });

  it("refuses a table that does not add up to the cohort totals (the difference would be unchecked)", async () => {
    const partial = counts.filter(pl.col("sexe").neq(pl.lit("9")));
    const verdict = await checkRelease(
      { kind: "cohort-attribute", counts: partial, attribute: "sexe", totals },
      "oraccle-k5",
    );
    expect(verdict.passed).toBe(false);
    expect(verdict.released).toBeUndefined();
    const coverage = verdict.report.checks.find((check) => check.rule === "coverage")!;
    expect(coverage.items).toEqual([{ coordinates: { cohorteid: "2" } }]);
  });
});

describe("checkRelease() on a reference table", () => {
  it("releases codes and labels, and refuses a table holding a count", async () => {
    const labels = pl.DataFrame({ code: ["1", "2"], libelle: ["Homme", "Femme"] });
    expect((await checkRelease({ kind: "reference", frame: labels }, "oraccle-k5")).released?.frame).toBe(
      labels,
    );
    const withCounts = labels.withColumns(pl.Series("effectif", [3, 9]));
    const refused = await checkRelease({ kind: "reference", frame: withCounts }, "oraccle-k5");
    expect(refused.passed).toBe(false);
    expect(refused.report.checks[0]!.summary).toContain("effectif");
  });
});
