import type { MultichannelSequenceSet } from "../sequences/multichannel/define-multichannel.js";
import type { Figure } from "./figure.js";
import { type SequenceIndexOptions, sequenceIndexFigure, sortIndices } from "./sequence-index-figure.js";
import { stackChannelPanels } from "./stack-channel-panels.js";

/**
 * One sequence index plot per channel of a multichannel set (TraMineR `seqplotMD(type = "I")`), stacked
 * on a shared position axis. A row is the same individual in every panel: the order is computed once,
 * on the first channel for `"from.start"`/`"from.end"` (or from the given keys), and applied to all.
 *
 * @example
 * showFigure(multichannelIndexFigure(mc, { sort: "from.start" }));
 */
export function multichannelIndexFigure(
  mc: MultichannelSequenceSet,
  options: SequenceIndexOptions = {},
): Figure {
  const first = mc.channels[0]!;
  const chosen = options.indices ? [...options.indices] : first.sequences.map((_, i) => i);
  const order = sortIndices(first, chosen, options.sort ?? "none");
  const rank = new Array<number>(first.sequences.length).fill(0);
  order.forEach((index, row) => {
    rank[index] = row;
  });
  const panels = mc.channels.map((channel) =>
    sequenceIndexFigure(channel, { ...options, indices: chosen, sort: rank, title: "" }),
  );
  return stackChannelPanels(panels, mc.names, options.title ?? "Tapis des séquences par dimension");
}
