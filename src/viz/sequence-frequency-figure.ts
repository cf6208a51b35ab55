import { sequenceFrequencies } from "../sequences/sequence-frequencies.js";
import type { SequenceSet } from "../sequences/sequence-set.js";
import { spellDurations } from "../sequences/spell-durations.js";
import type { Figure } from "./figure.js";
import { emptySpellBars, positionAxis, type SpellBars, spellBarTraces } from "./spell-bars.js";

/**
 * Options of {@link sequenceFrequencyFigure}.
 *
 * @example
 * const options: SequenceFrequencyPlotOptions = { top: 5 };
 */
export interface SequenceFrequencyPlotOptions {
  /** Number of most frequent sequences drawn. Default `10` (TraMineR `seqfplot`). */
  top?: number;
  /** Use the set's case weights. Default `true`. */
  weighted?: boolean;
  /** Figure title. Default `"Séquences les plus fréquentes"`. */
  title?: string;
  /** Height in pixels. Default `480`. */
  height?: number;
}

/**
 * Sequence frequency plot (TraMineR's `seqfplot`): the most frequent distinct sequences (from
 * {@link sequenceFrequencies}), most frequent at the bottom, each drawn as a row of coloured spells whose
 * thickness is proportional to its frequency; the y axis reads the cumulated percentage of the whole set.
 * Hover shows the sequence in SPS format, its weighted frequency and percentage.
 *
 * @example
 * showFigure(sequenceFrequencyFigure(set, { top: 10 }));
 */
export function sequenceFrequencyFigure(
  set: SequenceSet,
  options: SequenceFrequencyPlotOptions = {},
): Figure {
  const table = sequenceFrequencies(set, { top: options.top ?? 10, weighted: options.weighted ?? true });
  const durations = spellDurations(set, { withMissing: true });
  const traces = emptySpellBars(set);
  let cumulated = 0;
  for (const row of table) {
    const sequence = set.sequences[row.firstIndex] as Int32Array;
    const centre = cumulated + row.percent / 2;
    let start = 0;
    for (const duration of durations[row.firstIndex] as Int32Array) {
      const trace = traces[sequence[start] as number] as SpellBars;
      trace.base.push(start);
      trace.x.push(duration);
      trace.y.push(round(centre));
      trace.width.push(round(row.percent));
      trace.text.push(`${row.sps}<br>${round(row.frequency)} (${row.percent.toFixed(1)} %)`);
      start += duration;
    }
    cumulated += row.percent;
  }
  const data = spellBarTraces(set, traces, 0.5);
  return {
    data,
    layout: {
      title: { text: options.title ?? "Séquences les plus fréquentes" },
      barmode: "overlay",
      height: options.height ?? 480,
      xaxis: positionAxis(set, "Position"),
      yaxis: {
        title: { text: "Pourcentage cumulé" },
        range: [0, Math.max(cumulated, 1e-9)],
        ticksuffix: " %",
      },
    },
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
