// Figures: plotly figures as data, displayed in notebooks or written to offline HTML.
export type { ChronogramOptions } from "./chronogram-figure.js";
export { chronogramFigure } from "./chronogram-figure.js";
export * from "./cohort-sankey-figure.js";
export type { Figure, FragmentOptions, HtmlPageOptions } from "./figure.js";
export {
  escapeHtml,
  figureToHtmlFragment,
  plotlyScript,
  renderHtmlPage,
  showFigure,
  writeFigureHtml,
} from "./figure.js";
export * from "./flow-row.js";
export * from "./indicator-bars-figure.js";
export * from "./multichannel-chronogram-figure.js";
export * from "./multichannel-index-figure.js";
export * from "./null-quality-figure.js";
export * from "./sankey-figure.js";
export * from "./sankey-options.js";
export * from "./sequence-frequency-figure.js";
export * from "./sequence-index-figure.js";
export * from "./utility-error-figure.js";
export * from "./va-funnel-figure.js";
