import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

/**
 * A plotly figure as plain data: what every figure function of the toolkit returns, so that it
 * can be tested, displayed in a notebook ({@link showFigure}) or written to an offline HTML page
 * ({@link writeFigureHtml}, {@link renderHtmlPage}).
 *
 * @example
 * const figure: Figure = { data: [{ type: "bar", x: ["L1", "L2"], y: [120, 80] }], layout: { title: { text: "Effectifs" } } };
 */
export interface Figure {
  /** plotly traces (`{ type: "bar", x, y }`, `{ type: "sankey", node, link }`…). */
  data: Record<string, unknown>[];
  /** plotly layout (title, axes, size…). */
  layout?: Record<string, unknown>;
  /** plotly config; the toolkit adds `responsive: true` and hides the plotly logo. */
  config?: Record<string, unknown>;
}

const DEFAULT_CONFIG = { responsive: true, displaylogo: false } as const;

let cachedPlotlyScript: string | undefined;

/**
 * The minified plotly.js bundle, read from `node_modules/plotly.js-dist-min` (never from a CDN:
 * the toolkit runs offline, inside CASD). Read once and cached.
 *
 * @example
 * const html = `<script>${plotlyScript()}</script>`;
 */
export function plotlyScript(): string {
  if (cachedPlotlyScript === undefined) {
    const require = createRequire(import.meta.url);
    const path = require.resolve("plotly.js-dist-min/plotly.min.js");
    // plotly's UMD wrapper names its browser global `moduleName`; expose it as `Plotly` too.
    cachedPlotlyScript = `${readFileSync(path, "utf8")}\n;window.Plotly = window.Plotly || window.moduleName;`;
  }
  return cachedPlotlyScript;
}

/** Serialises data for an inline `<script>`: `<` is escaped so no string can close the tag. */
function inlineJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** Options of {@link figureToHtmlFragment}. */
export interface FragmentOptions {
  /**
   * The `id` of the figure's `<div>`. Default: derived from a hash of the figure, so the same
   * figure always gives the same bytes.
   */
  id?: string;
  /** Include the plotly.js bundle before the figure (needed once per page). Default `false`. */
  includePlotly?: boolean;
  /** CSS height of the figure's `<div>`. Default `"480px"`, or `layout.height` when set. */
  height?: string;
}

/**
 * An HTML fragment (`<div>` + `<script>`) that draws the figure with plotly.js, offline.
 * Put {@link plotlyScript} once in the page before it, or set `includePlotly`.
 *
 * @example
 * const html = figureToHtmlFragment(figure, { includePlotly: true });
 */
export function figureToHtmlFragment(figure: Figure, options: FragmentOptions = {}): string {
  const config = { ...DEFAULT_CONFIG, ...figure.config };
  const payload = inlineJson({ data: figure.data, layout: figure.layout ?? {}, config });
  const id = options.id ?? `figure-${createHash("sha256").update(payload).digest("hex").slice(0, 12)}`;
  const layoutHeight = figure.layout?.height;
  const height = options.height ?? (typeof layoutHeight === "number" ? `${layoutHeight}px` : "480px");
  const script = options.includePlotly ? `<script>${plotlyScript()}</script>\n` : "";
  return (
    `${script}<div id="${escapeHtml(id)}" class="oraccle-figure" style="width:100%;height:${escapeHtml(height)}"></div>\n` +
    `<script>(function(){var f=${payload};Plotly.newPlot(${inlineJson(id)},f.data,f.layout,f.config);})();</script>`
  );
}

/** Options of {@link renderHtmlPage}. */
export interface HtmlPageOptions {
  /** The page title (`<title>` and nothing else: put headings in `body`). */
  title: string;
  /** The page body, as HTML (figure fragments, tables, text). */
  body: string;
  /** Language of the page. Default `"fr"`. */
  lang?: string;
  /** Extra CSS appended to the default style sheet. */
  css?: string;
}

const PAGE_CSS = `body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:1100px;margin:2rem auto;padding:0 1rem;color:#1e1e1e;line-height:1.5}
table{border-collapse:collapse;margin:1rem 0;font-size:.9rem}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:right}th{background:#f2f2f2}
td:first-child,th:first-child{text-align:left}.oraccle-figure{margin:1rem 0}`;

/**
 * A complete, self-contained HTML page: plotly.js embedded once in `<head>`, no external
 * resource, so it opens offline and can be archived as is.
 *
 * @example
 * const html = renderHtmlPage({ title: "Parcours", body: figureToHtmlFragment(sankey) });
 */
export function renderHtmlPage(options: HtmlPageOptions): string {
  return `<!DOCTYPE html>
<html lang="${escapeHtml(options.lang ?? "fr")}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
<style>${PAGE_CSS}${options.css ?? ""}</style>
<script>${plotlyScript()}</script>
</head>
<body>
${options.body}
</body>
</html>
`;
}

/**
 * Writes one figure to a standalone offline HTML file.
 *
 * @param title page title; default: the figure's layout title, else "Figure"
 * @example
 * writeFigureHtml(sankeyFigure(flows), "out/sankey.html");
 */
export function writeFigureHtml(figure: Figure, path: string, title?: string): void {
  const pageTitle = title ?? layoutTitle(figure) ?? "Figure";
  const body = `<h1>${escapeHtml(pageTitle)}</h1>\n${figureToHtmlFragment(figure)}`;
  writeFileSync(path, renderHtmlPage({ title: pageTitle, body }));
}

function layoutTitle(figure: Figure): string | undefined {
  const title = figure.layout?.title;
  if (typeof title === "string") return title;
  if (title && typeof title === "object" && "text" in title && typeof title.text === "string")
    return title.text;
  return undefined;
}

type DisplayWriter = (message: {
  data: Record<string, unknown>;
  metadata: object;
  transient: object;
}) => void;

let plotlyShownInKernel = false;
let figuresShown = 0;

/**
 * Displays a figure in a Jupyter notebook run by the tslab kernel. It sends one display bundle
 * with the plotly mime type (JupyterLab with the plotly extension, VS Code), an HTML fallback
 * that draws with the embedded plotly.js (exported HTML, JupyterLab without the extension) and a
 * plain-text summary. plotly.js is embedded in the first figure of the kernel session only.
 * Outside a notebook it prints the text summary.
 *
 * @example
 * showFigure(sankeyFigure(flows(transitions(states))));
 */
export function showFigure(figure: Figure): void {
  const summary = `Figure « ${layoutTitle(figure) ?? "sans titre"} » (${figure.data.length} trace(s))`;
  const writer = tslabDisplayWriter();
  if (!writer) {
    console.log(summary);
    return;
  }
  figuresShown += 1;
  const html = figureToHtmlFragment(figure, {
    id: `oraccle-figure-${figuresShown}`,
    includePlotly: !plotlyShownInKernel,
  });
  plotlyShownInKernel = true;
  writer({
    data: {
      "application/vnd.plotly.v1+json": {
        data: figure.data,
        layout: figure.layout ?? {},
        config: { ...DEFAULT_CONFIG, ...figure.config },
      },
      "text/html": html,
      "text/plain": summary,
    },
    metadata: {},
    transient: {},
  });
}

/** The tslab kernel's writer of display bundles, or `undefined` outside a notebook (internal). */
export function tslabDisplayWriter(): DisplayWriter | undefined {
  try {
    // tslab's public `display` sends one mime type per message; its internal writer sends a bundle.
    const jupyter = createRequire(import.meta.url)("tslab/dist/jupyter") as {
      lastWriteDisplayData: DisplayWriter | null;
    };
    return jupyter.lastWriteDisplayData ?? undefined;
  } catch {
    return undefined;
  }
}
