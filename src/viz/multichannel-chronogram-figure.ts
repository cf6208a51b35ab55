import type { MultichannelSequenceSet } from "../sequences/multichannel/define-multichannel.js";
import { type ChronogramOptions, chronogramFigure } from "./chronogram-figure.js";
import type { Figure } from "./figure.js";
import { stackChannelPanels } from "./stack-channel-panels.js";

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
