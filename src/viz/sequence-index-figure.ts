import { caseWeights, isWeighted } from "../sequences/case-weights.js";
import type { SequenceSet } from "../sequences/sequence-set.js";
import { spellDurations } from "../sequences/spell-durations.js";
import type { Figure } from "./figure.js";
import { emptySpellBars, positionAxis, type SpellBars, spellBarTraces } from "./spell-bars.js";

/**
 * How {@link sequenceIndexFigure} orders the sequences (TraMineR `seqiplot(sortv = …)`): `"none"` keeps
 * the set's order, `"from.start"` sorts by the states (alphabet order) at the first position, then the
 * second, …; `"from.end"` the same from the last position backwards; an array gives one sort key per
 * sequence (ascending; ties keep the set's order).
 *
 * @example
 * const sort: SequenceSort = "from.start";
 */
export type SequenceSort = "none" | "from.start" | "from.end" | readonly number[];

/**
 * Options of {@link sequenceIndexFigure}.
 *
 * @example
 * const options: SequenceIndexOptions = { sort: "from.end", indices: [0, 1, 2] };
 */
export interface SequenceIndexOptions {
  /** Ordering of the rows. Default `"none"`. */
  sort?: SequenceSort;
  /** Which sequences to draw (indices in the set). Default: all (TraMineR `seqIplot`). */
  indices?: readonly number[];
  /** Figure title. Default `"Tapis des séquences"`. */
  title?: string;
  /** x-axis title. Default `"Position"`. */
  xTitle?: string;
  /** Height in pixels. Default grows with the number of rows, between 300 and 900. */
  height?: number;
  /**
   * Give each row a thickness proportional to its case weight, as `seqIplot(weighted = TRUE)`; the
   * y axis then reads the cumulated weight. Default `true` (ignored when the set has no weights).
   */
  weighted?: boolean;
}

/**
 * Sequence index plot (TraMineR's `seqIplot`): one horizontal line per sequence, one coloured segment
 * per spell, first row at the bottom; with case weights, row thickness is proportional to the weight. One bar trace per state (legend = alphabet, same colours as the
 * chronogram), spells drawn as bars from their start position over their duration; void cells are
 * blank and missing cells use the missing colour. Hover shows the id, the state and the positions.
 *
 * @example
 * showFigure(sequenceIndexFigure(set, { sort: "from.start" }));
 */
export function sequenceIndexFigure(set: SequenceSet, options: SequenceIndexOptions = {}): Figure {
  const chosen = options.indices ? [...options.indices] : set.sequences.map((_, i) => i);
  const order = sortIndices(set, chosen, options.sort ?? "none");
  const durations = spellDurations(set, { withMissing: true });
  const traces = emptySpellBars(set);
  const weights = options.weighted !== false && isWeighted(set) ? caseWeights(set) : null;
  let cumulated = 0;
  order.forEach((index, row) => {
    const sequence = set.sequences[index] as Int32Array;
    const thickness = weights ? (weights[index] as number) : 1;
    const centre = weights ? cumulated + thickness / 2 : row;
    cumulated += thickness;
    let start = 0;
    for (const duration of durations[index] as Int32Array) {
      const code = sequence[start] as number;
      const trace = traces[code] as SpellBars;
      trace.base.push(start);
      trace.x.push(duration);
      trace.y.push(centre);
      trace.width.push(thickness);
      const from = set.positions[start];
      const to = set.positions[start + duration - 1];
      trace.text.push(`${set.ids[index]} : ${from}${duration > 1 ? ` – ${to}` : ""} (${duration})`);
      start += duration;
    }
  });
  const data = spellBarTraces(set, traces, 0);
  return {
    data,
    layout: {
      title: { text: options.title ?? "Tapis des séquences" },
      barmode: "overlay",
      bargap: 0,
      height: options.height ?? Math.min(900, Math.max(300, 120 + 4 * order.length)),
      xaxis: positionAxis(set, options.xTitle ?? "Position"),
      yaxis: weights
        ? {
            title: { text: `Poids cumulé (${order.length} séquences)` },
            range: [0, Math.max(cumulated, 1e-9)],
          }
        : {
            title: { text: `${order.length} séquences` },
            range: [-0.5, order.length - 0.5],
            showticklabels: false,
          },
    },
  };
}

/**
 * The order in which {@link sequenceIndexFigure} draws the given sequences (bottom row first).
 *
 * @example
 * sortIndices(set, [0, 1, 2], "from.end"); // e.g. [2, 0, 1]
 */
export function sortIndices(set: SequenceSet, indices: readonly number[], sort: SequenceSort): number[] {
  const order = [...indices];
  if (sort === "none") return order;
  if (typeof sort !== "string") {
    const keys = sort as readonly number[];
    return order.sort((a, b) => (keys[a] as number) - (keys[b] as number));
  }
  const fromEnd = sort === "from.end";
  // Void cells sort after every state (code beyond missing), like TraMineR's factor levels (…, *, %).
  const cell = (sequence: Int32Array, k: number) => {
    const t = fromEnd ? set.positions.length - 1 - k : k;
    return t < sequence.length ? (sequence[t] as number) : set.alphabet.length + 1;
  };
  return order.sort((a, b) => {
    const sa = set.sequences[a] as Int32Array;
    const sb = set.sequences[b] as Int32Array;
    for (let k = 0; k < set.positions.length; k++) {
      const diff = cell(sa, k) - cell(sb, k);
      if (diff !== 0) return diff;
    }
    return 0;
  });
}
