import type { IndicatorRow } from "../indicators/cohort-indicators.js";
import type { Figure } from "./figure.js";

/**
 * Options of {@link indicatorBarsFigure}.
 *
 * @example
 * const options: IndicatorBarsOptions = { indicators: ["passage_en_l2_1_an"], title: "Passage en L2 par série du bac" };
 */
export interface IndicatorBarsOptions {
  /** Indicators to draw, by name, in this order. Default: every indicator present in the rows. */
  indicators?: string[];
  /** Figure title. Default `"Indicateurs de la cohorte <N>"`. */
  title?: string;
  /** Height in pixels. Default `480`. */
  height?: number;
}

const PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f"];

/**
 * Bars of cohort indicators (in %) per group, one colour per indicator, with the Wilson interval
 * as error bars. Groups with a small denominator (`petit_effectif`) are drawn pale and marked
 * "petit effectif" in the hover text; indicators not available for the cohort (right-censored)
 * are left out and named in a note under the chart, so that a missing bar is never read as 0 %.
 *
 * @example
 * const table = cohortIndicators(outcomes, { by: ["serie_bac"] });
 * showFigure(indicatorBarsFigure(table.rows, { indicators: ["passage_en_l2_1_an", "redoublement_en_l1"] }));
 */
export function indicatorBarsFigure(rows: IndicatorRow[], options: IndicatorBarsOptions = {}): Figure {
  const names = options.indicators ?? [...new Set(rows.map((row) => row.indicateur))];
  const groupLabel = (row: IndicatorRow) => {
    const values = Object.entries(row.group).map(([key, value]) => `${key} ${value ?? "inconnu"}`);
    return values.length === 0 ? "Ensemble" : values.join(" · ");
  };
  const data: Record<string, unknown>[] = [];
  const unavailable: string[] = [];
  names.forEach((name, index) => {
    const selected = rows.filter((row) => row.indicateur === name);
    if (selected.length === 0) return;
    if (selected.every((row) => !row.disponible)) {
      unavailable.push(selected[0]!.libelle);
      return;
    }
    const shown = selected.filter((row) => row.disponible && row.taux !== null);
    const percent = (value: number | null) => (value === null ? null : round(value * 100));
    data.push({
      type: "bar",
      name: shown[0]?.libelle ?? name,
      x: shown.map(groupLabel),
      y: shown.map((row) => percent(row.taux)),
      error_y: {
        type: "data",
        symmetric: false,
        array: shown.map((row) => round((row.ic_haut! - row.taux!) * 100)),
        arrayminus: shown.map((row) => round((row.taux! - row.ic_bas!) * 100)),
        thickness: 1.2,
      },
      marker: {
        color: PALETTE[index % PALETTE.length],
        opacity: shown.map((row) => (row.petit_effectif ? 0.35 : 0.9)),
      },
      text: shown.map(
        (row) =>
          `${row.nombre} / ${row.effectif} — IC 95 % [${percent(row.ic_bas)} ; ${percent(row.ic_haut)}]` +
          (row.petit_effectif ? " — petit effectif" : ""),
      ),
      hovertemplate: "%{x}<br>%{y:.1f} %<br>%{text}<extra>%{fullData.name}</extra>",
      textposition: "none",
    });
  });
  const cohorte = rows[0]?.cohorte;
  const annotations =
    unavailable.length === 0
      ? []
      : [
          {
            text: `Non disponible (cohorte pas encore observable assez longtemps) : ${unavailable.join(", ")}`,
            xref: "paper",
            yref: "paper",
            x: 0,
            y: -0.22,
            showarrow: false,
            xanchor: "left",
            font: { size: 11, color: "#555" },
          },
        ];
  return {
    data,
    layout: {
      title: { text: options.title ?? `Indicateurs de la cohorte ${cohorte ?? ""}`.trim() },
      barmode: "group",
      yaxis: { title: { text: "% de la cohorte (barres : intervalle de Wilson à 95 %)" }, range: [0, 100] },
      height: options.height ?? 480,
      legend: { orientation: "h", y: 1.08 },
      margin: { b: unavailable.length === 0 ? 80 : 120 },
      annotations,
    },
  };
}

// Figures carry rounded numbers: stable bytes across platforms and lighter HTML.
function round(value: number): number {
  return Math.round(value * 100) / 100;
}
