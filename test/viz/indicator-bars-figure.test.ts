import { describe, expect, it } from "vitest";
import type { IndicatorRow } from "../../src/indicators/cohort-indicators.js";
import { indicatorBarsFigure } from "../../src/viz/indicator-bars-figure.js";

const row = (
  serie: string,
  indicateur: string,
  nombre: number | null,
  effectif: number,
  extra: Partial<IndicatorRow> = {},
): IndicatorRow => ({
  group: { serie_bac: serie },
  cohorte: 2020,
  indicateur,
  libelle: indicateur === "passage_en_l2_1_an" ? "Passage en L2 en 1 an" : "Licence en 3 ou 4 ans",
  disponible: nombre !== null,
  effectif: nombre === null ? null : effectif,
  nombre,
  taux: nombre === null ? null : nombre / effectif,
  ic_bas: nombre === null ? null : nombre / effectif - 0.1,
  ic_haut: nombre === null ? null : nombre / effectif + 0.05,
  petit_effectif: effectif < 30,
  ...extra,
});

describe("indicatorBarsFigure()", () => {
  const rows = [
    row("1", "passage_en_l2_1_an", 50, 100),
    row("3", "passage_en_l2_1_an", 10, 20),
    row("1", "reussite_3_4_ans", null, 100),
    row("3", "reussite_3_4_ans", null, 20),
  ];

  it("draws one bar trace per available indicator with asymmetric Wilson error bars in %", () => {
    const figure = indicatorBarsFigure(rows);
    expect(figure.data).toHaveLength(1);
    const trace = figure.data[0] as {
      x: string[];
      y: number[];
      error_y: { array: number[]; arrayminus: number[] };
    };
    expect(trace.x).toEqual(["serie_bac 1", "serie_bac 3"]);
    expect(trace.y).toEqual([50, 50]);
    expect(trace.error_y.array).toEqual([5, 5]);
    expect(trace.error_y.arrayminus).toEqual([10, 10]);
  });

  it("pales small groups and names unavailable indicators instead of drawing 0 %", () => {
    const figure = indicatorBarsFigure(rows);
    const trace = figure.data[0] as { marker: { opacity: number[] }; text: string[] };
    expect(trace.marker.opacity).toEqual([0.9, 0.35]);
    expect(trace.text[1]).toMatch(/petit effectif/);
    const annotations = (figure.layout as { annotations: { text: string }[] }).annotations;
    expect(annotations[0]!.text).toMatch(/Non disponible.*Licence en 3 ou 4 ans/);
  });
});
