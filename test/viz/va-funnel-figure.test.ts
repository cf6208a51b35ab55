import { describe, expect, it } from "vitest";
import type { ValeurAjouteeResult, ValeurAjouteeRow } from "../../src/indicators/valeur-ajoutee.js";
import { vaFunnelFigure } from "../../src/viz/va-funnel-figure.js";

const unit = (code: string, n: number, va: number): ValeurAjouteeRow => ({
  unit: code,
  effectif: n,
  effectif_standardise: n,
  effectif_hors_reference: 0,
  taux_brut: 0.4 + va,
  observe: 0.4 + va,
  simule: 0.4,
  va,
  va_se: 0.05,
  va_ic_bas: va - 0.1,
  va_ic_haut: va + 0.1,
  se_reference: Math.sqrt(0.24 / n),
  z: va / Math.sqrt(0.24 / n),
});

const result: ValeurAjouteeResult = {
  indicator: "passage_en_l2_1_an",
  strata: ["serie_bac"],
  referenceSource: "test",
  referenceRate: 0.4,
  confidence: 0.95,
  // 100 students: 95 % limit ±9.6 points, 99.8 % limit ±15.1 points.
  rows: [unit("IN", 100, 0.05), unit("MID", 100, 0.12), unit("OUT", 100, -0.2)],
};

describe("vaFunnelFigure()", () => {
  it("draws control limits ± z·sqrt(p(1−p)/N) around 0 for each level", () => {
    const figure = vaFunnelFigure(result);
    const lines = figure.data.filter((trace) => trace.mode === "lines") as { x: number[]; y: number[] }[];
    expect(lines).toHaveLength(4);
    const upper95 = lines[0]!;
    upper95.x.forEach((n, i) => {
      expect(upper95.y[i]).toBeCloseTo(1.959964 * Math.sqrt(0.24 / n) * 100, 1);
    });
    expect(lines[1]!.y[0]).toBeCloseTo(-upper95.y[0]!, 12);
  });

  it("colours establishments by the limit they cross and plots VA in points", () => {
    const points = vaFunnelFigure(result, { labels: { OUT: "Université hors limites" } }).data.at(-1) as {
      x: number[];
      y: number[];
      marker: { color: string[] };
      text: string[];
    };
    expect(points.y).toEqual([5, 12, -20]);
    expect(points.marker.color).toEqual(["#1f77b4", "#ff7f0e", "#d62728"]);
    expect(points.text[2]).toMatch(/^Université hors limites/);
  });
});
