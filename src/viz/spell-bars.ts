import type { SequenceSet } from "../sequences/sequence-set.js";
import { escapeTemplate } from "./chronogram-figure.js";

/** The bars of one state in a spell plot: one bar per spell (start, duration, row centre, thickness, hover text). */
export interface SpellBars {
  base: number[];
  x: number[];
  y: number[];
  width: number[];
  text: string[];
}

/**
 * One empty {@link SpellBars} per state of the set, the missing state last (code
 * `alphabet.length`), for the sequence index and frequency plots.
 *
 * @example
 * const bars = emptySpellBars(set); bars[code].x.push(duration);
 */
export function emptySpellBars(set: SequenceSet): SpellBars[] {
  return Array.from({ length: set.alphabet.length + 1 }, () => ({
    base: [],
    x: [],
    y: [],
    width: [],
    text: [],
  }));
}

/**
 * plotly traces of spell bars: one horizontal bar trace per state (legend = alphabet, the set's
 * colours, missing last and only when drawn), hover showing the state and the bar's text.
 *
 * @param outline width of the white line around each bar (0 = none)
 * @example
 * const data = spellBarTraces(set, bars, 0.5);
 */
export function spellBarTraces(
  set: SequenceSet,
  bars: SpellBars[],
  outline: number,
): Record<string, unknown>[] {
  const names = [...set.labels, "manquant"];
  const colors = [...set.colors, set.missingColor];
  return bars.flatMap((bar, code) =>
    bar.x.length === 0 && code === set.alphabet.length
      ? []
      : [
          {
            type: "bar",
            orientation: "h",
            name: names[code],
            base: bar.base,
            x: bar.x,
            y: bar.y,
            width: bar.width,
            text: bar.text,
            textposition: "none",
            marker: {
              color: colors[code],
              line: outline > 0 ? { width: outline, color: "#ffffff" } : { width: 0 },
            },
            hovertemplate: `${escapeTemplate(names[code] as string)}<br>%{text}<extra></extra>`,
          },
        ],
  );
}

/**
 * The x axis of a spell plot: one unit per position, at most about 12 labelled ticks, labels
 * taken from the set's position names.
 *
 * @example
 * layout.xaxis = positionAxis(set, "Rentrée");
 */
export function positionAxis(set: SequenceSet, title: string): Record<string, unknown> {
  const width = set.positions.length;
  const step = Math.max(1, Math.ceil(width / 12));
  const ticks = Array.from({ length: Math.ceil(width / step) }, (_, k) => k * step);
  return {
    title: { text: title },
    range: [0, width],
    tickvals: ticks.map((t) => t + 0.5),
    ticktext: ticks.map((t) => set.positions[t]),
  };
}
