import type { PseudoState } from "../trajectories/pseudo-states.js";
import type { FlowRow } from "./flow-row.js";
import { OTHER_STATE } from "./sankey-options.js";

// The pseudo-state tokens of the flows' data contract (trajectories' PSEUDO_STATES): typed by the
// trajectories' own type, so that a renamed token fails to compile here, with no runtime import.
const ENTRY: PseudoState = "entree";
const GAP: PseudoState = "interruption";
const EXIT: PseudoState = "sortie";
const EXIT_GRADUATE: PseudoState = "sortie_diplome";
/** The pseudo-states of the flows: entry, gap, exit, exit with a diploma. */
export const PSEUDO: readonly PseudoState[] = [ENTRY, GAP, EXIT, EXIT_GRADUATE];

/** Default display labels of the pseudo-states and of {@link OTHER_STATE}. */
export const DEFAULT_LABELS: Readonly<Record<string, string>> &
  Record<PseudoState | typeof OTHER_STATE, string> = {
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

/** Entry first, then formation states (given order, then text order), then the fixed tail. */
export function stateOrder(links: FlowRow[], given: readonly string[]): string[] {
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

/** Colour of each state: the given one, else the fixed one of a pseudo-state, else the next palette colour. */
export function stateColors(order: string[], given: Readonly<Record<string, string>>): Map<string, string> {
  const colors = new Map<string, string>();
  let next = 0;
  for (const state of order) {
    const fixed = given[state] ?? FIXED_COLORS[state];
    if (fixed) colors.set(state, fixed);
    else colors.set(state, PALETTE[next++ % PALETTE.length] as string);
  }
  return colors;
}
