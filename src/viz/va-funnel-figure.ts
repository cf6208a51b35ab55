import { zForConfidence } from "../core/z-for-confidence.js";
import type { ValeurAjouteeResult } from "../indicators/valeur-ajoutee.js";
import type { Figure } from "./figure.js";

/**
 * Options of {@link vaFunnelFigure}.
 *
 * @example
 * const options: VaFunnelOptions = { levels: [0.95, 0.998], labels: { "0931238R": "Sorbonne Paris Nord" } };
 */
export interface VaFunnelOptions {
  /** Confidence levels of the control limits. Default `[0.95, 0.998]` (about 2 and 3 standard deviations). */
  levels?: number[];
  /** Labels of the units (UAI → name). Default: the codes. */
  labels?: Record<string, string>;
  /** Figure title. Default built from the indicator. */
  title?: string;
  /** Height in pixels. Default `520`. */
  height?: number;
}

/**
 * Funnel plot of the valeur ajoutée (Spiegelhalter, 2005, "Funnel plots for comparing institutional
 * performance", Statistics in Medicine 24:1185–1202): each establishment is a point at x = its
 * standardised entrants N, y = VA in points; the funnel is the band ± z · sqrt(p̄ (1 − p̄) / N)
 * around 0, p̄ the pooled reference rate (`referenceRate`), inside which an establishment
 * succeeding like the reference would fall with the given probability. Points outside the outer
 * limit are drawn in red, between the limits in orange. Small establishments get wide limits:
 * a large VA there may be chance.
 *
 * @example
 * const va = valeurAjoutee(outcomes, { indicator: "passage_en_l2_1_an" });
 * showFigure(vaFunnelFigure(va, { labels: { "0931238R": "Université Sorbonne Paris Nord" } }));
 */
export function vaFunnelFigure(result: ValeurAjouteeResult, options: VaFunnelOptions = {}): Figure {
  const levels = [...(options.levels ?? [0.95, 0.998])].sort((a, b) => a - b);
  const p = result.referenceRate;
  const units = result.rows.filter((row) => row.effectif_standardise > 0 && Number.isFinite(row.va));
  const sizes = units.map((row) => row.effectif_standardise);
  const minN = Math.max(1, Math.min(...sizes, Number.POSITIVE_INFINITY) * 0.8);
  const maxN = Math.max(...sizes, 2) * 1.2;
  // 60 log-spaced points draw a smooth funnel; deterministic, so the figure's bytes are stable.
  const grid = Array.from({ length: 60 }, (_, i) => Math.round(minN * (maxN / minN) ** (i / 59) * 100) / 100);
  const limit = (z: number, n: number) => round(z * Math.sqrt((p * (1 - p)) / n) * 100);

  const data: Record<string, unknown>[] = [];
  const dashes = ["dash", "dot", "dashdot"];
  levels.forEach((level, index) => {
    const z = zForConfidence(level);
    const line = { color: "#888", width: 1, dash: dashes[index % dashes.length] };
    const name = `Limites à ${round(level * 100)} %`;
    data.push({
      type: "scatter",
      mode: "lines",
      name,
      x: grid,
      y: grid.map((n) => limit(z, n)),
      line,
      hoverinfo: "skip",
      legendgroup: name,
    });
    data.push({
      type: "scatter",
      mode: "lines",
      name,
      x: grid,
      y: grid.map((n) => -limit(z, n)),
      line,
      hoverinfo: "skip",
      legendgroup: name,
      showlegend: false,
    });
  });
  const zInner = zForConfidence(levels[0] ?? 0.95);
  const zOuter = zForConfidence(levels[levels.length - 1] ?? 0.998);
  const colour = (va: number, n: number) => {
    const sd = Math.sqrt((p * (1 - p)) / n);
    if (Math.abs(va) > zOuter * sd) return "#d62728";
    if (Math.abs(va) > zInner * sd) return "#ff7f0e";
    return "#1f77b4";
  };
  data.push({
    type: "scatter",
    mode: "markers",
    name: "Établissements",
    x: sizes,
    y: units.map((row) => round(row.va * 100)),
    marker: {
      size: 9,
      color: units.map((row) => colour(row.va, row.effectif_standardise)),
      line: { color: "#333", width: 0.5 },
    },
    text: units.map(
      (row) =>
        `${options.labels?.[row.unit] ?? row.unit}<br>taux brut ${round(row.taux_brut * 100)} % · observé ${round(row.observe * 100)} % · simulé ${round(row.simule * 100)} %`,
    ),
    hovertemplate: "%{text}<br>VA %{y:.1f} points, N = %{x}<extra></extra>",
  });
  return {
    data,
    layout: {
      title: {
        text: options.title ?? `Valeur ajoutée — ${result.indicator} (référence : ${result.referenceSource})`,
      },
      xaxis: { title: { text: "Entrants pris en compte (N)" }, type: "log" },
      yaxis: { title: { text: "Valeur ajoutée (points)" }, zeroline: true },
      height: options.height ?? 520,
      shapes: [
        { type: "line", xref: "paper", x0: 0, x1: 1, y0: 0, y1: 0, line: { color: "#333", width: 1 } },
      ],
    },
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
