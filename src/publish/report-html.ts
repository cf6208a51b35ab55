import type pl from "nodejs-polars";
import { escapeHtml, type Figure, figureToHtmlFragment, renderHtmlPage } from "../viz/figure.js";

/** One section of the HTML report: a heading, an optional French text, figures and tables. */
export interface ReportSection {
  title: string;
  /** Paragraphs of plain text (escaped) shown before the figures. */
  paragraphs?: string[];
  figures?: { figure: Figure; caption?: string }[];
  tables?: { frame: pl.DataFrame; caption?: string; maxRows?: number }[];
}

/** Content of {@link renderReport}. */
export interface ReportContent {
  title: string;
  /** Short French introduction under the title. */
  introduction: string;
  sections: ReportSection[];
}

/**
 * Renders the self-contained offline report (`rapport.html`) of a published dataset: plotly.js
 * embedded once, figures drawn in the browser, tables as HTML. No external resource, so it opens
 * inside CASD and in an archive. Deterministic: figure ids are numbered in order.
 *
 * @example
 * writeFileSync("rapport.html", renderReport({ title: "Parcours", introduction: "…", sections: [{ title: "Flux", figures: [{ figure: sankey }] }] }));
 */
export function renderReport(content: ReportContent): string {
  let figureNumber = 0;
  const parts = [`<h1>${escapeHtml(content.title)}</h1>`, `<p>${escapeHtml(content.introduction)}</p>`];
  const toc = content.sections.map(
    (section, index) => `<li><a href="#section-${index + 1}">${escapeHtml(section.title)}</a></li>`,
  );
  parts.push(`<nav><ol>${toc.join("")}</ol></nav>`);
  content.sections.forEach((section, index) => {
    parts.push(`<section id="section-${index + 1}">`, `<h2>${escapeHtml(section.title)}</h2>`);
    for (const paragraph of section.paragraphs ?? []) parts.push(`<p>${escapeHtml(paragraph)}</p>`);
    for (const { figure, caption } of section.figures ?? []) {
      figureNumber += 1;
      parts.push("<figure>", figureToHtmlFragment(figure, { id: `figure-${figureNumber}` }));
      if (caption) parts.push(`<figcaption>${escapeHtml(caption)}</figcaption>`);
      parts.push("</figure>");
    }
    for (const table of section.tables ?? [])
      parts.push(tableToHtml(table.frame, table.caption, table.maxRows ?? 20));
    parts.push("</section>");
  });
  return renderHtmlPage({
    title: content.title,
    body: parts.join("\n"),
    css: "figure{margin:1.5rem 0}figcaption{color:#555;font-size:.9rem}nav ol{columns:2}",
  });
}

/** An HTML table of the first `maxRows` rows of a frame, with a note when rows are left out. */
export function tableToHtml(frame: pl.DataFrame, caption?: string, maxRows = 20): string {
  const head = `<tr>${frame.columns.map((name) => `<th>${escapeHtml(name)}</th>`).join("")}</tr>`;
  const body = frame
    .head(maxRows)
    .rows()
    .map(
      (row) =>
        `<tr>${row.map((cell) => `<td>${escapeHtml(cell === null ? "" : String(cell))}</td>`).join("")}</tr>`,
    );
  const more =
    frame.height > maxRows
      ? `<p><em>${frame.height - maxRows} ligne(s) de plus dans le fichier CSV.</em></p>`
      : "";
  return `<table>${caption ? `<caption>${escapeHtml(caption)}</caption>` : ""}<thead>${head}</thead><tbody>${body.join("")}</tbody></table>${more}`;
}
