import pl from "nodejs-polars";
import { describe, expect, it } from "vitest";
import { checkRelease } from "../../../src/disclosure/gate/check-release.js";

const frame = pl.DataFrame({
  tranche: ["petites", "grandes", "toutes"],
  groupes: [3, 40, 43],
  erreur_moyenne: [7.5, 0.4, 0.9],
});

describe("checkRelease() on aggregates", () => {
  it("checkRelease(aggregates) withholds the statistics of rows over fewer than minGroups groups", async () => {
    const verdict = await checkRelease(
      { kind: "aggregates", frame, groups: "groupes", statistics: ["erreur_moyenne"], minGroups: 10 },
      "oraccle-k5",
    );
    expect(verdict.passed).toBe(true);
    expect(verdict.released!.frame.getColumn("erreur_moyenne").toArray()).toEqual([null, 0.4, 0.9]);
    expect(verdict.report.checks[0]).toMatchObject({ rule: "min-groups", threshold: 10, count: 1 });
  });

  it("checkRelease(aggregates) never goes below the policy's k groups", async () => {
    const verdict = await checkRelease(
      { kind: "aggregates", frame, groups: "groupes", statistics: ["erreur_moyenne"], minGroups: 1 },
      "dgfip-11",
    );
    expect(verdict.released!.frame.getColumn("erreur_moyenne").toArray()).toEqual([null, 0.4, 0.9]);
  });

  it("checkRelease(aggregates) refuses a numeric column not declared as a statistic", async () => {
    const verdict = await checkRelease(
      {
        kind: "aggregates",
        frame: frame.withColumns(pl.lit(12).alias("effectif_vrai")),
        groups: "groupes",
        statistics: ["erreur_moyenne"],
      },
      "oraccle-k5",
    );
    expect(verdict.passed).toBe(false);
    expect(verdict.released).toBeUndefined();
    expect(verdict.report.checks[1]!.summary).toContain("effectif_vrai");
  });
});
