import pl from "nodejs-polars";
import { describe, expect, it } from "vitest";
import { devenirFromCohorts } from "../../../src/publish/utility/devenir-from-cohorts.js";
import { utilityReport } from "../../../src/publish/utility/utility-report.js";

// A hand-built release: four cohorts, two of them masked (true 3 and 2, published 0).
const cohorts = pl.DataFrame({
  trace: ["1-A-U+2-A-U", "1-A-U+1-A-U", "1-A-U", "1-B-V+2-B-V"],
  effectif: [10, 3, 2, 6],
  effectif_publie: [10, 0, 0, 6],
});
const formations = pl.DataFrame({
  formation: ["1-A-U", "2-A-U", "1-B-V", "2-B-V"],
  gd_discipline: ["SCI", "SCI", "LLA", "LLA"],
});

const row = (report: ReturnType<typeof utilityReport>, estimator: string, group: string) =>
  (report.devenir_par_formation as Record<string, { rows: { group: string }[] }>)[estimator]!.rows.find(
    (r) => r.group === group,
  ) as unknown as Record<string, number | null>;

describe("devenirFromCohorts()", () => {
  it("devenirFromCohorts() cuts traces into passage, redoublement and sortie transitions", () => {
    const t = devenirFromCohorts(cohorts, ["effectif"], "effectif_publie");
    const a = t.filter(pl.col("formation").eq(pl.lit("1-A-U"))).toRecords();
    expect(a).toEqual([
      { formation: "1-A-U", devenir: "passage", effectif: 10, effectif_publie_masquees: 0 },
      { formation: "1-A-U", devenir: "redoublement", effectif: 3, effectif_publie_masquees: 1 },
      { formation: "1-A-U", devenir: "sortie", effectif: 5, effectif_publie_masquees: 2 },
    ]);
    const gap = devenirFromCohorts(pl.DataFrame({ trace: ["1-A-U++1-B-V"], effectif: [7] }), ["effectif"]);
    expect(gap.toRecords()).toEqual([
      { formation: "1-A-U", devenir: "sortie", effectif: 7 },
      { formation: "1-B-V", devenir: "sortie", effectif: 7 },
    ]);
  });
});

describe("utilityReport() on a hand-built masked release", () => {
  const report = utilityReport({ cohorts, method: "masquage", formations });

  it("utilityReport() gives the true passage rate 10/18 of formation 1-A-U and each estimator's error", () => {
    // True: 10 passages of 18 student-years. Imputation: 10 / (10 + 3 × 1.148).
    const imputed = row(report, "imputation_1_148", "1-A-U");
    expect(imputed.trueRate).toBeCloseTo(10 / 18, 12);
    expect(imputed.estimatedRate).toBeCloseTo(10 / (10 + 3 * 1.148), 12);
    expect(imputed.errorPoints).toBeCloseTo(100 * (10 / (10 + 3 * 1.148) - 10 / 18), 10);
    expect(row(report, "sans_imputation", "1-A-U").errorPoints).toBeCloseTo(100 * (1 - 10 / 18), 10);
    // Bounds: the three masked transitions (not passages) hold 1 to 4 students each.
    expect(row(report, "bornes", "1-A-U").boundsWidthPoints).toBeCloseTo(100 * (10 / 13 - 10 / 22), 10);
    expect(row(report, "imputation_1_148", "1-B-V").errorPoints).toBe(0);
  });

  it("utilityReport() counts formation 1-A-U as unusable and checks the goal on formations ≥ 50 (none here)", () => {
    const summary = report.devenir_par_formation.imputation_1_148!;
    expect(summary.overall.groups).toBe(4);
    expect(summary.overall.unusableShare).toBe(1 / 4);
    expect(summary.goal.groups).toBe(0);
  });

  it("utilityReport() aggregates by discipline and measures the flows in students", () => {
    const sci = report.devenir_par_discipline!.imputation_1_148!.rows.find((r) => r.group === "SCI")!;
    // SCI: 1-A-U (18 years, 10 passages) and 2-A-U (10 years, none): 10 / 28.
    expect(sci.trueRate).toBeCloseTo(10 / 28, 12);
    // Flows: redoublement 3 vs 1.148, sortie 5 vs 2.296 (6 cells, 40 transitions).
    const flux = report.flux.imputation_1_148!;
    expect(flux.cases).toBe(6);
    expect(flux.erreur_moyenne_etudiants).toBeCloseTo((3 - 1.148 + 5 - 2.296) / 6, 10);
    expect(flux.erreur_relative_totale).toBeCloseTo((3 - 1.148 + 5 - 2.296) / 40, 10);
  });

  it("utilityReport() with the cell-key method reads the published counts as they are", () => {
    const perturbed = cohorts.withColumns(pl.Series("effectif_publie", [9, 5, 0, 6]));
    const ckm = utilityReport({ cohorts: perturbed, method: "cle-cellule" });
    const a = ckm.devenir_par_formation.publie!.rows.find((r) => r.group === "1-A-U")!;
    expect(a.estimatedRate).toBeCloseTo(9 / (9 + 5 + 5), 12);
    expect(ckm.devenir_par_formation.bornes).toBeUndefined();
  });
});
