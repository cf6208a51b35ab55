import type { MultichannelSequenceSet } from "../sequences/multichannel/multichannel-set.js";
import { stackChannelPanels } from "./channel-panels.js";
import { type ChronogramOptions, chronogramFigure } from "./chronogram.js";
import type { Figure } from "./figure.js";

/**
 * One chronogram per channel of a multichannel set (TraMineR `seqplotMD(type = "d")`), stacked on a
 * shared position axis, each channel with its own alphabet and colours, its legend grouped under its
 * name. Options are those of `chronogramFigure`, applied to every channel.
 *
 * @example
 * showFigure(multichannelChronogramFigure(mc, { title: "Niveau et discipline, année par année" }));
 */
export function multichannelChronogramFigure(
  mc: MultichannelSequenceSet,
  options: ChronogramOptions = {},
): Figure {
  const panels = mc.channels.map((channel) => chronogramFigure(channel, { ...options, title: "" }));
  return stackChannelPanels(panels, mc.names, options.title ?? "Chronogrammes par dimension");
}
