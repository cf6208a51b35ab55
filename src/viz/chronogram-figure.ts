import type { SequenceSet } from "../sequences/sequence-set.js";
import { stateDistribution } from "../sequences/state-distribution.js";
import type { Figure } from "./figure.js";

/**
 * Options of {@link chronogramFigure}.
 *
 * @example
 * const options: ChronogramOptions = { title: "Situation des étudiants par année", withMissing: false };
 */
export interface ChronogramOptions {
  /** Use the set's case weights. Default `true` (TraMineR `seqdplot` is weighted by default). */
  weighted?: boolean;
  /** Draw the missing state `*` as a band. Default: `true` when the set holds missing cells. */
  withMissing?: boolean;
  /** Figure title. Default `"Chronogramme"`. */
  title?: string;
  /** x-axis title. Default `"Position"`. */
  xTitle?: string;
  /** y-axis title. Default `"Part (%)"`. */
  yTitle?: string;
  /** Height in pixels. Default `460`. */
  height?: number;
}

/**
 * Chronogram (state distribution plot, TraMineR's `seqdplot`): at each position, a stacked bar of
 * the share of each state among valid cells (from {@link stateDistribution}), bars touching, states
 * stacked in alphabet order with the set's colours. Hover shows the state label, share and weighted n.
 *
 * @example
 * showFigure(chronogramFigure(set, { title: "Parcours des néo-bacheliers" }));
 */
export function chronogramFigure(set: SequenceSet, options: ChronogramOptions = {}): Figure {
  const withMissing = options.withMissing ?? set.hasMissing;
  const distribution = stateDistribution(set, { weighted: options.weighted ?? true, withMissing });
  const data = distribution.states.map((state, s) => {
    const shares = distribution.frequencies[s] as number[];
    return {
      type: "bar",
      name: distribution.labels[s],
      x: distribution.positions,
      y: shares.map((p) => (Number.isFinite(p) ? round(p * 100) : 0)),
      customdata: shares.map((p, t) => [
        Number.isFinite(p) ? round(p * (distribution.validStates[t] as number)) : 0,
        round(distribution.validStates[t] as number),
      ]),
      marker: { color: distribution.colors[s], line: { width: 0 } },
      hovertemplate: `${escapeTemplate(distribution.labels[s] as string)} (${escapeTemplate(state)})<br>%{x} : %{y:.1f} %<br>n = %{customdata[0]} sur %{customdata[1]}<extra></extra>`,
    };
  });
  return {
    data,
    layout: {
      title: { text: options.title ?? "Chronogramme" },
      barmode: "stack",
      bargap: 0,
      height: options.height ?? 460,
      xaxis: { title: { text: options.xTitle ?? "Position" }, type: "category" },
      yaxis: { title: { text: options.yTitle ?? "Part (%)" }, range: [0, 100] },
      legend: { traceorder: "normal" },
    },
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/**
 * Escapes `%` for plotly hover templates, which read `%{…}` as placeholders.
 *
 * @example
 * escapeTemplate("Taux 100%"); // "Taux 100%%"
 */
export function escapeTemplate(text: string): string {
  return text.replace(/%/g, "%%");
}
