import type { NullClusterQuality, QualityStatistic } from "../sequences/null-models/null-cluster-quality.js";
import type { Figure } from "./figure.js";

/**
 * Options of {@link nullQualityFigure}.
 *
 * @example
 * const options: NullQualityOptions = { statistic: "ASW" };
 */
export interface NullQualityOptions {
  /** The quality index drawn. Default `"ASW"`. */
  statistic?: QualityStatistic | undefined;
  /** Figure title. Default: the index and the null model. */
  title?: string | undefined;
}

/**
 * The standardised quality plot of a null model (WeightedCluster `plot(seqnullcqi, type = "line")`):
 * for each k the observed index in null standard deviations above the null mean, and the grey band
 * of the null values; where the line is above the band, the typology is better than chance.
 *
 * @example
 * showFigure(nullQualityFigure(nullClusterQuality(sequences, options), { statistic: "ASW" }));
 */
export function nullQualityFigure(result: NullClusterQuality, options: NullQualityOptions = {}): Figure {
  const statistic = options.statistic ?? "ASW";
  const s = result.statistics[statistic];
  const [low, high] = s.band;
  return {
    data: [
      {
        type: "scatter",
        mode: "lines",
        x: result.k,
        y: result.k.map(() => low),
        line: { width: 0 },
        showlegend: false,
        hoverinfo: "skip",
      },
      {
        type: "scatter",
        mode: "lines",
        x: result.k,
        y: result.k.map(() => high),
        fill: "tonexty",
        fillcolor: "rgba(150,150,150,0.35)",
        line: { width: 0 },
        name: "Modèle nul (bande)",
      },
      {
        type: "scatter",
        mode: "lines+markers",
        x: result.k,
        y: s.standardized,
        name: `${statistic} observé (standardisé)`,
        line: { color: "#08519c", width: 3 },
        hovertemplate: `k = %{x}<br>${statistic} standardisé : %{y:.2f}<extra></extra>`,
      },
    ],
    layout: {
      title: {
        text:
          options.title ??
          `${statistic} comparé au modèle nul « ${result.model} » (${s.replicates.length} tirages)`,
      },
      xaxis: { title: { text: "Nombre de classes (k)" }, dtick: 1 },
      yaxis: { title: { text: `${statistic} standardisé` } },
      height: 420,
    },
  };
}
