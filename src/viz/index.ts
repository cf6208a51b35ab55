// Figures: plotly figures as data, displayed in notebooks or written to offline HTML.
export type { ChronogramOptions } from "./chronogram-figure.js";
export { chronogramFigure } from "./chronogram-figure.js";
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
export type { FlowRow } from "./flow-row.js";
export type { IndicatorBarsOptions } from "./indicator-bars-figure.js";
export { indicatorBarsFigure } from "./indicator-bars-figure.js";
export { multichannelChronogramFigure } from "./multichannel-chronogram-figure.js";
export { multichannelIndexFigure } from "./multichannel-index-figure.js";
export type { NullQualityOptions } from "./null-quality-figure.js";
export { nullQualityFigure } from "./null-quality-figure.js";
export { sankeyFigure } from "./sankey-figure.js";
export type { SankeyOptions } from "./sankey-options.js";
export { OTHER_STATE } from "./sankey-options.js";
export type { SequenceFrequencyPlotOptions } from "./sequence-frequency-figure.js";
export { sequenceFrequencyFigure } from "./sequence-frequency-figure.js";
export type { SequenceIndexOptions, SequenceSort } from "./sequence-index-figure.js";
export { sequenceIndexFigure, sortIndices } from "./sequence-index-figure.js";
export type { VaFunnelOptions } from "./va-funnel-figure.js";
export { vaFunnelFigure } from "./va-funnel-figure.js";
