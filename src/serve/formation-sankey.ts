import { PSEUDO_STATES } from "../trajectories/pseudo-states.js";
import type { Figure } from "../viz/figure.js";
import type { FlowRow } from "../viz/flow-row.js";
import { sankeyFigure } from "../viz/sankey-figure.js";
import { type CountAccumulator, type CountInterval, sumFor } from "./count-interval.js";
import { GAP, type ReleaseIndex } from "./release-index.js";

const SAME = "Cette formation";

/**
 * The flows of a formation's students over the years after their first year in it, for a
 * Sankey: node columns are years relative to that first year (0, +1, +2…), nodes are coarse
 * states (diploma and year of study; the formation itself; interruption; no enrolment observed).
 * A flow that includes masked cohorts is drawn at its smallest possible value (1 per masked
 * cohort): the chart shows "at least", the table beside it the interval.
 *
 * @example
 * formationFlows(index, 0, 3); // [{ from_rentree: 0, from_state: "Cette formation", to_state: "…", n: 12, effectif }, …]
 */
export function formationFlows(
  index: ReleaseIndex,
  formation: number,
  years: number,
): (FlowRow & { effectif: CountInterval })[] {
  const sums = new Map<string, CountAccumulator>();
  const passages = index.passages[formation] ?? new Int32Array();
  for (let p = 0; p < passages.length; p += 2) {
    const cohort = passages[p] ?? 0;
    const start = (index.yearStart[cohort] ?? 0) + (passages[p + 1] ?? 0);
    const end = index.yearStart[cohort + 1] ?? 0;
    let previous = SAME;
    for (let step = 1; step <= years; step++) {
      const at = start + step;
      const state = at >= end ? PSEUDO_STATES.exit : stateOf(index, formation, index.years[at] ?? GAP);
      const key = `${step - 1}\u0000${previous}\u0000${state}`;
      const sum = sumFor(sums, key, index.release.k);
      sum.add(index.cohortCounts[cohort] ?? 0);
      if (state === PSEUDO_STATES.exit) break;
      previous = state;
    }
  }
  return [...sums.entries()].sort().map(([key, sum]) => {
    const [year, from_state, to_state] = key.split("\u0000") as [string, string, string];
    return { from_rentree: Number(year), from_state, to_state, n: sum.min, effectif: sum.interval() };
  });
}

function stateOf(index: ReleaseIndex, formation: number, state: number): string {
  if (state === GAP) return PSEUDO_STATES.gap;
  if (state === formation) return SAME;
  const entry = index.formations[state];
  return [entry?.diploma, entry?.level].filter(Boolean).join(" · ") || (entry?.key ?? "?");
}

/** The label of the formation's own node in {@link formationFlows}. */
export const SAME_FORMATION = SAME;

/**
 * The Sankey figure of {@link formationFlows}, with French column titles ("Entrée", "+1 an"…)
 * and hovers that say "au moins".
 *
 * @example
 * const figure = formationSankey(formationFlows(index, 0, 3));
 */
export function formationSankey(flows: readonly FlowRow[]): Figure {
  const total = flows.filter((flow) => flow.from_rentree === 0).reduce((sum, flow) => sum + flow.n, 0);
  const figure = sankeyFigure(flows, {
    title: "Où sont ses étudiants les années suivantes ?",
    otherBelow: Math.max(1, Math.ceil(total * 0.03)),
    stateOrder: [SAME],
    labels: { [PSEUDO_STATES.exit]: "Plus d'inscription observée" },
    height: 460,
  });
  const trace = figure.data[0] as { node: Record<string, unknown>; link: Record<string, unknown> };
  trace.node.hovertemplate = "%{label}<br>au moins %{value} étudiants<extra></extra>";
  trace.link.hovertemplate =
    "%{source.label} → %{target.label}<br>au moins %{value} étudiants<extra></extra>";
  const annotations = (figure.layout?.annotations ?? []) as { text: string }[];
  annotations.forEach((annotation, i) => {
    annotation.text = i === 0 ? "1re année" : `+${i} an${i > 1 ? "s" : ""}`;
  });
  return figure;
}
