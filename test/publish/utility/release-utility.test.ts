import pl from "nodejs-polars";
import { describe, expect, it } from "vitest";
import { checkRelease } from "../../../src/disclosure/gate/check-release.js";
import { resolvePolicy } from "../../../src/disclosure/gate/disclosure-policy.js";
import type { DisclosureReport } from "../../../src/disclosure/gate/disclosure-report.js";
import type { ReleasedFrame } from "../../../src/disclosure/gate/released-frame.js";
import type { ReleaseContext } from "../../../src/publish/release-table.js";
import {
  releaseUtility,
  utilityHeadline,
  utilityJson,
} from "../../../src/publish/utility/release-utility.js";
import { utilityFicheSection, utilityReportSection } from "../../../src/publish/utility/utility-sections.js";

// A hand-built release of 12 establishments U0…U11. In each: 60 students go from L1 to L2 then
// stop, 40 leave after L1, and a cohort of 3 repeats L1 then stops (masked: published 0).
// L1 of Ui: 106 student-years (60 + 40 + 3 + 3), 60 passages; L2 of Ui: 60 student-years, 0 passage.
const establishments = Array.from({ length: 12 }, (_, i) => `U${i}`);
const traces = establishments.flatMap((u) => [`1-L-${u}+2-L-${u}`, `1-L-${u}`, `1-L-${u}+1-L-${u}`]);
const counts = establishments.flatMap(() => [60, 40, 3]);
const truth = pl.DataFrame({
  cohorteid: traces.map((_, i) => i + 1),
  trace: traces,
  effectif: counts,
});
const formations = pl.DataFrame({
  formation: establishments.flatMap((u) => [`1-L-${u}`, `2-L-${u}`]),
  gd_discipline: establishments.flatMap((_, i) => (i % 2 === 0 ? ["SI", "SI"] : ["DSA", "DSA"])),
});

async function handBuiltContext(): Promise<ReleaseContext> {
  const policy = resolvePolicy("oraccle-k5");
  const reports: DisclosureReport[] = [];
  const gate = async (input: Parameters<ReleaseContext["gate"]>[0]) => {
    const verdict = await checkRelease(input, policy);
    reports.push(verdict.report);
    return verdict.released;
  };
  const released = new Map<string, ReleasedFrame>();
  released.set("cohortes", (await gate({ kind: "cohorts", counts: truth, source: "cohortes.csv" }))!);
  released.set(
    "formations",
    (await gate({ kind: "reference", frame: formations, source: "formations.csv" }))!,
  );
  return {
    policy,
    reports,
    gate,
    released,
    cohortCounts: () => ({
      cohorts: truth,
      attributes: pl.DataFrame(),
      successes: pl.DataFrame(),
      students: 1236,
    }),
  } as unknown as ReleaseContext;
}

// Expectations computed by hand from the construction above, independently of the code.
const trueL1 = 60 / 106;
const imputedL1 = 60 / (100 + 2 * 1.148); // the masked cohort's two transitions count 1.148 each
const zeroL1 = 60 / 100;
const lower = 60 / (100 + 4 * 2);
const upper = 60 / (100 + 1 * 2);

describe("releaseUtility() on a hand-built masked release", async () => {
  const context = await handBuiltContext();
  const utility = (await releaseUtility(context))!;
  const rows = utility.released.frame.toRecords() as Record<string, string | number | null>[];
  const find = (indicateur: string, estimateur: string, tranche: string) =>
    rows.find((r) => r.indicateur === indicateur && r.estimateur === estimateur && r.tranche === tranche)!;

  it("releaseUtility() gives the error of the 1.148 imputation on each size band", () => {
    const big = find("devenir_par_formation", "imputation_1_148", "100 à 199");
    expect(big.groupes).toBe(12);
    expect(big.erreur_moyenne_points as number).toBeCloseTo(100 * (imputedL1 - trueL1), 10);
    expect(big.erreur_max_points as number).toBeCloseTo(100 * (imputedL1 - trueL1), 10);
    const l2 = find("devenir_par_formation", "imputation_1_148", "50 à 99");
    expect(l2.groupes).toBe(12);
    expect(l2.erreur_max_points).toBe(0);
    const whole = find("devenir_par_formation", "sans_imputation", "ensemble");
    expect(whole.groupes).toBe(24);
    expect(whole.erreur_moyenne_points as number).toBeCloseTo((100 * (zeroL1 - trueL1)) / 2, 10);
    // 2.05 points for every L1 (unusable above 5: none), 0 for every L2.
    expect(whole.part_inutilisable).toBe(0);
  });

  it("releaseUtility() checks the goal: formations of at least 50 within ± 2 points", () => {
    const goal = find("devenir_par_formation", "imputation_1_148", "objectif");
    expect(goal.groupes).toBe(24);
    expect(100 * (imputedL1 - trueL1)).toBeGreaterThan(2); // so the 12 L1 miss it
    expect(goal.dans_objectif).toBe(12);
    const bounds = find("devenir_par_formation", "bornes", "100 à 199");
    const middle = (lower + upper) / 2;
    expect(bounds.erreur_moyenne_points as number).toBeCloseTo(100 * Math.abs(middle - trueL1), 10);
    expect(bounds.largeur_moyenne_bornes_points as number).toBeCloseTo(100 * (upper - lower), 10);
  });

  it("releaseUtility() withholds statistics over fewer than 10 groups (2 disciplines, empty bands)", () => {
    const discipline = find("devenir_par_discipline", "imputation_1_148", "ensemble");
    expect(discipline.groupes).toBe(2);
    expect(discipline.erreur_moyenne_points).toBeNull();
    expect(find("devenir_par_formation", "imputation_1_148", "10 à 19").erreur_moyenne_points).toBeNull();
    const report = context.reports.find((r) => r.source === "utilite.json")!;
    expect(report.kind).toBe("aggregates");
    expect(report.passed).toBe(true);
  });

  it("utilityJson() names no formation and gives no true rate", () => {
    const text = JSON.stringify(utilityJson(utility, "oraccle-k5"));
    expect(text).not.toMatch(/U\d/);
    expect(text).not.toContain(String(Math.round(trueL1 * 1e6) / 1e6));
    expect(utilityHeadline(utility)).toMatchObject({
      formations: 24,
      within: 12,
      estimator: "imputation_1_148",
    });
  });

  it("utilityFicheSection() and utilityReportSection() show the released figures", () => {
    expect(utilityFicheSection(utility)).toContain(
      "| masquage, cohortes masquées comptées 1,148 | 12 sur 24 |",
    );
    const section = utilityReportSection(utility);
    const trace = section.figures![0]!.figure.data[0] as { x: string[]; y: (number | null)[] };
    expect(trace.x).toContain("100 à 199");
    expect(trace.y[trace.x.indexOf("100 à 199")]).toBeCloseTo(100 * (imputedL1 - trueL1), 10);
    expect(trace.y[trace.x.indexOf("10 à 19")]).toBeNull();
  });
});
