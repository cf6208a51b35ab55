import type { Figure } from "./figure.js";

/**
 * One point of {@link utilityErrorFigure}: the error of a released figure over the groups of a size
 * band, for one way of reading the release (a series).
 *
 * @example
 * const point: UtilityErrorPoint = { series: "imputation 1,148", band: "50 à 99", meanErrorPoints: 1.2, p90ErrorPoints: 2.8 };
 */
export interface UtilityErrorPoint {
  /** Series name (method or estimator), one line per series. */
  series: string;
  /** Size band label, in x order. */
  band: string;
  /** Mean absolute error in points; null when not published (the point is left out). */
  meanErrorPoints: number | null;
  /** 90th percentile of the error in points; null when not published. */
  p90ErrorPoints: number | null;
}

/** Options of {@link utilityErrorFigure}. */
export interface UtilityErrorFigureOptions {
  /** Title. Default « Erreur du taux recalculé selon la taille de la formation ». */
  title?: string;
  /** Height in pixels. Default `460`. */
  height?: number;
}

/**
 * The error of a rate recomputed from a protected release against the size of the group
 * (formation): x = size bands, y = error in points; per series a solid line (mean error) and a
 * dotted one (90th percentile). Small formations lose most: the figure shows where the release
 * stops being usable. Points not published (too few groups) are gaps.
 *
 * @param points one row per series and size band, in x order
 * @example
 * showFigure(utilityErrorFigure([{ series: "clé de cellule", band: "10 à 19", meanErrorPoints: 3.1, p90ErrorPoints: 7.2 }]));
 */
export function utilityErrorFigure(
  points: readonly UtilityErrorPoint[],
  options: UtilityErrorFigureOptions = {},
): Figure {
  const bands = [...new Set(points.map((p) => p.band))];
  const series = [...new Set(points.map((p) => p.series))];
  const palette = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e"];
  const data: Record<string, unknown>[] = [];
  series.forEach((name, index) => {
    const color = palette[index % palette.length];
    const value = (band: string, pick: (p: UtilityErrorPoint) => number | null) => {
      const point = points.find((p) => p.series === name && p.band === band);
      return point === undefined ? null : pick(point);
    };
    data.push(
      {
        type: "scatter",
        mode: "lines+markers",
        name: `${name} : erreur moyenne`,
        x: bands,
        y: bands.map((band) => value(band, (p) => p.meanErrorPoints)),
        line: { color },
        legendgroup: name,
      },
      {
        type: "scatter",
        mode: "lines",
        name: `${name} : 90e centile`,
        x: bands,
        y: bands.map((band) => value(band, (p) => p.p90ErrorPoints)),
        line: { color, dash: "dot" },
        legendgroup: name,
      },
    );
  });
  return {
    data,
    layout: {
      title: { text: options.title ?? "Erreur du taux recalculé selon la taille de la formation" },
      height: options.height ?? 460,
      xaxis: { title: { text: "Étudiants dans la formation" }, type: "category" },
      yaxis: { title: { text: "Erreur absolue (points)" }, rangemode: "tozero" },
      legend: { orientation: "h", y: -0.25 },
    },
  };
}
