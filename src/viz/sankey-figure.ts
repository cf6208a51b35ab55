import type pl from "nodejs-polars";
import type { PseudoState } from "../trajectories/pseudo-states.js";
import type { Figure } from "./figure.js";

/**
 * One flow between consecutive years, as produced by the trajectories' `flows()`.
 *
 * @example
 * const row: FlowRow = { from_rentree: 2021, from_state: "L1", to_state: "L2", n: 120 };
 */
export interface FlowRow {
  /** Year the students leave from. */
  from_rentree: number;
  /** State in `from_rentree` (a formation state or `entree` / `interruption`). */
  from_state: string;
  /** State in `from_rentree + 1` (a formation state or `interruption` / `sortie` / `sortie_diplome`). */
  to_state: string;
  /** Number of students. */
  n: number;
}

/**
 * Options of {@link sankeyFigure}.
 *
 * @example
 * sankeyFigure(flows, { otherBelow: 20, hideLinksBelow: 5, stateOrder: ["L1", "L2", "L3"] });
 */
export interface SankeyOptions {
  /**
   * Order of the formation states, top to bottom, identical in every column (docs/definitions.md §4).
   * States not listed follow in text order. The entry node is always first; `autres`,
   * `interruption`, `sortie_diplome` and `sortie` always come last. Default: text order.
   */
  stateOrder?: readonly string[];
  /**
   * Small flows grouped: a formation state whose largest node (max of inflow and outflow in any
   * year) holds fewer students than this is merged into the `autres` node, in every column, and
   * the flows are re-added — so every column still sums to its students. Default `0` (no grouping).
   */
  otherBelow?: number;
  /**
   * Display rule: links with fewer students are not drawn (the MESR dashboard hides flows
   * under 100, `DEFAULT_MIN_VALUE`). Not a disclosure rule: mask with the disclosure gate before.
   * Default `1` (only empty links are dropped).
   */
  hideLinksBelow?: number;
  /** Display labels by state token; defaults give French labels to the pseudo-states. */
  labels?: Readonly<Record<string, string>>;
  /** Colours by state token (CSS hex `#rrggbb`); other states take the default palette in order. */
  colors?: Readonly<Record<string, string>>;
  /** Figure title. Default `"Parcours d'une année à l'autre"`. */
  title?: string;
  /** Height in pixels. Default `520`. */
  height?: number;
  /** plotly node arrangement. Default `"snap"` (positions set here, overlaps resolved by plotly). */
  arrangement?: "snap" | "perpendicular" | "freeform" | "fixed";
}

/**
 * The state formation states are merged into below {@link SankeyOptions.otherBelow}.
 *
 * @example
 * sankeyFigure(flows, { otherBelow: 20 }); // rare states drawn as the OTHER_STATE node "Autres"
 */
export const OTHER_STATE = "autres";

// The pseudo-state tokens of the flows' data contract (trajectories' PSEUDO_STATES): typed by the
// trajectories' own type, so that a renamed token fails to compile here, with no runtime import.
const ENTRY: PseudoState = "entree";
const GAP: PseudoState = "interruption";
const EXIT: PseudoState = "sortie";
const EXIT_GRADUATE: PseudoState = "sortie_diplome";
const PSEUDO: readonly PseudoState[] = [ENTRY, GAP, EXIT, EXIT_GRADUATE];

const DEFAULT_LABELS: Readonly<Record<string, string>> & Record<PseudoState | typeof OTHER_STATE, string> = {
  [ENTRY]: "Entrée",
  [GAP]: "Interruption",
  [EXIT]: "Sortie / non réinscrit",
  [EXIT_GRADUATE]: "Diplômé, sorti",
  [OTHER_STATE]: "Autres",
};

const FIXED_COLORS: Readonly<Record<string, string>> & Record<PseudoState | typeof OTHER_STATE, string> = {
  [ENTRY]: "#7f7f7f",
  [GAP]: "#ff7f0e",
  [EXIT]: "#d62728",
  [EXIT_GRADUATE]: "#2ca02c",
  [OTHER_STATE]: "#c7c7c7",
};

// Colour-blind-friendly qualitative palette (Okabe–Ito, then Tableau), without the fixed colours' hues.
const PALETTE = [
  "#0072b2",
  "#56b4e9",
  "#009e73",
  "#e69f00",
  "#cc79a7",
  "#f0e442",
  "#9467bd",
  "#8c564b",
  "#17becf",
  "#bcbd22",
  "#1f77b4",
  "#e377c2",
];

const TAIL: readonly string[] = [OTHER_STATE, GAP, EXIT_GRADUATE, EXIT];

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

/** Merges formation states whose largest node is below `threshold` into {@link OTHER_STATE}. */
function groupRareStates(rows: FlowRow[], threshold: number): FlowRow[] {
  if (threshold <= 0) return rows.filter((r) => r.n > 0);
  const pseudo = new Set<string>([...PSEUDO, OTHER_STATE]);
  const inflow = new Map<string, number>();
  const outflow = new Map<string, number>();
  for (const r of rows) {
    const from = `${r.from_rentree}\u0000${r.from_state}`;
    const to = `${r.from_rentree + 1}\u0000${r.to_state}`;
    outflow.set(from, (outflow.get(from) ?? 0) + r.n);
    inflow.set(to, (inflow.get(to) ?? 0) + r.n);
  }
  const largest = new Map<string, number>();
  for (const [key, value] of [...inflow, ...outflow]) {
    const state = key.split("\u0000")[1] as string;
    largest.set(state, Math.max(largest.get(state) ?? 0, value));
  }
  const rename = (state: string) =>
    !pseudo.has(state) && (largest.get(state) ?? 0) < threshold ? OTHER_STATE : state;
  const merged = new Map<string, FlowRow>();
  for (const r of rows) {
    const from_state = rename(r.from_state);
    const to_state = rename(r.to_state);
    const key = `${r.from_rentree}\u0000${from_state}\u0000${to_state}`;
    const previous = merged.get(key);
    if (previous) previous.n += r.n;
    else merged.set(key, { from_rentree: r.from_rentree, from_state, to_state, n: r.n });
  }
  return [...merged.values()].filter((r) => r.n > 0);
}

/** Entry first, then formation states (given order, then text order), then the fixed tail. */
function stateOrder(links: FlowRow[], given: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const l of links) {
    seen.add(l.from_state);
    seen.add(l.to_state);
  }
  const special = new Set<string>([ENTRY, ...TAIL]);
  const formations = [...seen].filter((s) => !special.has(s));
  const listed = given.filter((s) => formations.includes(s));
  const rest = formations.filter((s) => !given.includes(s)).sort();
  return [ENTRY, ...listed, ...rest, ...TAIL].filter((s) => seen.has(s));
}

function stateColors(order: string[], given: Readonly<Record<string, string>>): Map<string, string> {
  const colors = new Map<string, string>();
  let next = 0;
  for (const state of order) {
    const fixed = given[state] ?? FIXED_COLORS[state];
    if (fixed) colors.set(state, fixed);
    else colors.set(state, PALETTE[next++ % PALETTE.length] as string);
  }
  return colors;
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
