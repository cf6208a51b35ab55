import type pl from "nodejs-polars";
import type { Figure } from "./figure.js";
import type { FlowRow } from "./flow-row.js";
import { groupRareStates } from "./group-rare-states.js";
import type { SankeyOptions } from "./sankey-options.js";
import { DEFAULT_LABELS, stateColors, stateOrder } from "./state-order.js";

/**
 * A Sankey of student flows between consecutive years (plotly `sankey` trace), following
 * docs/definitions.md §4: one node column per rentrée at a fixed x, the same state order in every
 * column (y set from that order and clamped to [0.001, 0.999], since plotly ignores positions
 * that are 0, NaN, or set on one axis only), an explicit `Entrée` node and explicit exit nodes
 * (`Sortie / non réinscrit`, `Diplômé, sorti`), gap years as `Interruption`, rare states grouped
 * into `Autres`. Link-less nodes and empty links are dropped before indexing; a link has its
 * source's colour at alpha 0.4 and its hover shows n and the share of the source node.
 * Censored students (enrolled in the last rentrée) simply end in the last column.
 *
 * Pure data: display it with `showFigure`, save it with `writeFigureHtml`.
 *
 * @example
 * const figure = sankeyFigure(flows(transitions(states)), { otherBelow: 10, title: "Parcours des entrants 2019" });
 * writeFigureHtml(figure, "parcours.html");
 */
export function sankeyFigure(flows: pl.DataFrame | readonly FlowRow[], options: SankeyOptions = {}): Figure {
  const rows = (Array.isArray(flows) ? flows : (flows as pl.DataFrame).toRecords()) as FlowRow[];
  const labels = { ...DEFAULT_LABELS, ...options.labels };
  const grouped = groupRareStates(
    rows.map((r) => ({ ...r, from_rentree: Number(r.from_rentree), n: Number(r.n) })),
    options.otherBelow ?? 0,
  );
  const minLink = Math.max(options.hideLinksBelow ?? 1, Number.MIN_VALUE);
  const links = grouped.filter((r) => r.n >= minLink);

  const order = stateOrder(links, options.stateOrder ?? []);
  const rank = new Map(order.map((state, i) => [state, i]));
  const colors = stateColors(order, options.colors ?? {});

  // Nodes are (year, state); only those touched by a drawn link exist.
  const nodeKey = (year: number, state: string) => `${year}\u0000${state}`;
  const inflow = new Map<string, number>();
  const outflow = new Map<string, number>();
  for (const link of links) {
    const from = nodeKey(link.from_rentree, link.from_state);
    const to = nodeKey(link.from_rentree + 1, link.to_state);
    outflow.set(from, (outflow.get(from) ?? 0) + link.n);
    inflow.set(to, (inflow.get(to) ?? 0) + link.n);
  }
  const nodes = [...new Set([...outflow.keys(), ...inflow.keys()])]
    .map((key) => {
      const [year, state] = key.split("\u0000") as [string, string];
      return { key, year: Number(year), state, size: Math.max(inflow.get(key) ?? 0, outflow.get(key) ?? 0) };
    })
    .sort((a, b) => a.year - b.year || (rank.get(a.state) ?? 0) - (rank.get(b.state) ?? 0));
  const index = new Map(nodes.map((node, i) => [node.key, i]));

  const years = [...new Set(nodes.map((node) => node.year))].sort((a, b) => a - b);
  const firstYear = years[0] ?? 0;
  const span = Math.max((years.at(-1) ?? 0) - firstYear, 1);
  const x = nodes.map((node) => clamp((node.year - firstYear) / span));
  const y = columnPositions(nodes);

  const nodeColors = nodes.map((node) => colors.get(node.state) ?? "#999999");
  const outOf = (key: string) => outflow.get(key) ?? 0;
  const trace = {
    type: "sankey",
    arrangement: options.arrangement ?? "snap",
    valueformat: "d",
    node: {
      label: nodes.map((node) => labels[node.state] ?? node.state),
      customdata: nodes.map((node) => `${node.year}-${String((node.year + 1) % 100).padStart(2, "0")}`),
      hovertemplate: "%{label} (%{customdata})<br>%{value} étudiants<extra></extra>",
      x,
      y,
      color: nodeColors,
      pad: 12,
      thickness: 16,
      line: { width: 0.5, color: "#444444" },
    },
    link: {
      source: links.map((l) => index.get(nodeKey(l.from_rentree, l.from_state)) as number),
      target: links.map((l) => index.get(nodeKey(l.from_rentree + 1, l.to_state)) as number),
      value: links.map((l) => l.n),
      customdata: links.map((l) => round1((100 * l.n) / outOf(nodeKey(l.from_rentree, l.from_state)))),
      color: links.map((l) => withAlpha(colors.get(l.from_state) ?? "#999999", 0.4)),
      hovertemplate:
        "%{source.label} → %{target.label}<br>%{value} étudiants (%{customdata} % du nœud de départ)<extra></extra>",
    },
  };
  const annotations = years.map((year) => ({
    x: clamp((year - firstYear) / span),
    y: 1.06,
    xref: "paper",
    yref: "paper",
    text: `${year}-${String((year + 1) % 100).padStart(2, "0")}`,
    showarrow: false,
    font: { size: 12 },
  }));
  return {
    data: [trace],
    layout: {
      title: { text: options.title ?? "Parcours d'une année à l'autre" },
      height: options.height ?? 520,
      font: { size: 11 },
      margin: { l: 20, r: 20, t: 70, b: 20 },
      annotations,
    },
  };
}

/**
 * y of each node: nodes of a column are stacked in state order, each taking a share of the
 * height proportional to its size plus a constant gap, and placed at its centre.
 */
function columnPositions(nodes: { year: number; size: number }[]): number[] {
  const y = new Array<number>(nodes.length).fill(0.5);
  const byYear = new Map<number, number[]>();
  nodes.forEach((node, i) => {
    const list = byYear.get(node.year) ?? [];
    list.push(i);
    byYear.set(node.year, list);
  });
  for (const indices of byYear.values()) {
    const total = indices.reduce((sum, i) => sum + (nodes[i]?.size ?? 0), 0);
    const gap = indices.length > 1 ? (0.15 * total) / (indices.length - 1) : 0;
    const height = total + gap * (indices.length - 1);
    let cursor = 0;
    for (const i of indices) {
      const size = nodes[i]?.size ?? 0;
      y[i] = clamp(height > 0 ? (cursor + size / 2) / height : 0.5);
      cursor += size + gap;
    }
  }
  return y;
}

function clamp(value: number): number {
  if (!Number.isFinite(value)) return 0.5;
  return Math.min(0.999, Math.max(0.001, Math.round(value * 1e6) / 1e6));
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** `#rrggbb` → `rgba(r, g, b, alpha)`. */
function withAlpha(hex: string, alpha: number): string {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) return hex;
  const [r, g, b] = match.slice(1).map((h) => Number.parseInt(h, 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}
