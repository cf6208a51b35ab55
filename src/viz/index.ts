// Figures: plotly figures as data, displayed in notebooks or written to offline HTML.
export type { ChronogramOptions } from "./chronogram.js";
export { chronogramFigure } from "./chronogram.js";
export { cohortSankeyFigure } from "./cohort-sankey-figure.js";
export type { Figure, FragmentOptions, HtmlPageOptions } from "./figure.js";
export {
  escapeHtml,
  figureToHtmlFragment,
  plotlyScript,
  renderHtmlPage,
  showFigure,
  writeFigureHtml,
} from "./figure.js";
export type { VaFunnelOptions } from "./funnel-plot.js";
export { vaFunnelFigure } from "./funnel-plot.js";
export type { IndicatorBarsOptions } from "./indicator-bars.js";
export { indicatorBarsFigure } from "./indicator-bars.js";
export { multichannelChronogramFigure } from "./multichannel-chronogram.js";
export { multichannelIndexFigure } from "./multichannel-index-plot.js";
export type { FlowRow, SankeyOptions } from "./sankey.js";
export { OTHER_STATE, sankeyFigure } from "./sankey.js";
export type { SequenceFrequencyPlotOptions } from "./sequence-frequency-plot.js";
export { sequenceFrequencyFigure } from "./sequence-frequency-plot.js";
export type { SequenceIndexOptions, SequenceSort } from "./sequence-index-plot.js";
export { sequenceIndexFigure, sortIndices } from "./sequence-index-plot.js";
