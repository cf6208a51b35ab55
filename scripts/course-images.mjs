#!/usr/bin/env node
// Static images of the course's key figures, so that the course reads in a git web view (where
// notebooks have no outputs). A code cell tagged `figure:<name>` shows a key figure; after the
// notebooks have been executed (`npm run notebooks`, which writes out/notebooks/), this script
// takes the plotly figure that cell displayed and renders it to notebooks/images/figures/<name>.svg
// with plotly.js in headless Chromium (the browser the tests use), offline.
//
// Usage: node scripts/course-images.mjs [--check]
//   --check: changes nothing; fails when a tagged cell has no image or no markdown cell shows it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { cellText, courseNotebooks, notebooksDir, readNotebook, root } from "./notebook-files.mjs";

const PLOTLY_MIME = "application/vnd.plotly.v1+json";
const imagesDir = join(notebooksDir, "images", "figures");
const check = process.argv.includes("--check");

/** Every `figure:<name>` cell of the course: [notebook, cell id, name]. */
export function keyFigures() {
  const figures = [];
  for (const name of courseNotebooks()) {
    for (const cell of readNotebook(join(notebooksDir, name)).cells) {
      for (const tag of cell.metadata?.tags ?? []) {
        if (tag.startsWith("figure:")) figures.push({ notebook: name, id: cell.id, image: tag.slice(7) });
      }
    }
  }
  return figures;
}

function checkImages(figures) {
  const problems = [];
  for (const { notebook, image } of figures) {
    if (!existsSync(join(imagesDir, `${image}.svg`)))
      problems.push(`${notebook}: images/figures/${image}.svg is missing`);
    const text = readNotebook(join(notebooksDir, notebook))
      .cells.filter((cell) => cell.cell_type === "markdown")
      .map(cellText)
      .join("\n");
    if (!text.includes(`images/figures/${image}.svg`))
      problems.push(`${notebook}: no markdown cell shows images/figures/${image}.svg`);
  }
  return problems;
}

async function render(figures) {
  const { chromium } = await import("playwright-core");
  const require = createRequire(import.meta.url);
  const plotly = readFileSync(require.resolve("plotly.js-dist-min/plotly.min.js"), "utf8");
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu"],
  });
  try {
    const page = await (await browser.newContext({ offline: true })).newPage();
    // plotly.js is 4 MB: on a loaded machine, reading it takes longer than playwright's default 30 s.
    page.setDefaultTimeout(300_000);
    await page.setContent('<html><body><div id="f"></div></body></html>');
    await page.addScriptTag({ content: `${plotly}\n;window.Plotly = window.Plotly || window.moduleName;` });
    mkdirSync(imagesDir, { recursive: true });
    for (const { notebook, id, image } of figures) {
      const executed = join(root, "out", "notebooks", notebook);
      if (!existsSync(executed)) throw new Error(`${executed} is missing: run 'npm run notebooks' first`);
      const cell = readNotebook(executed).cells.find((c) => c.id === id);
      const output = cell?.outputs?.find((o) => o.data?.[PLOTLY_MIME]);
      if (!output) throw new Error(`${notebook}: cell ${id} displayed no plotly figure`);
      const figure = output.data[PLOTLY_MIME];
      const height = typeof figure.layout?.height === "number" ? figure.layout.height : 480;
      const svg = await page.evaluate(
        async ({ figure, height }) => {
          const layout = { ...figure.layout, width: 900, height };
          const url = await window.Plotly.toImage(
            { data: figure.data, layout },
            { format: "svg", width: 900, height },
          );
          return decodeURIComponent(url.slice(url.indexOf(",") + 1));
        },
        { figure, height },
      );
      // A <title> names the image for screen readers (and the linter's accessibility rule).
      const title = String(figure.layout?.title?.text ?? figure.layout?.title ?? image).replace(/[<&]/g, " ");
      const titled = svg.replace(/^(<svg[^>]*>)/, `$1<title>${title}</title>`);
      writeFileSync(join(imagesDir, `${image}.svg`), `${titled}\n`);
      console.log(`course-images: notebooks/images/figures/${image}.svg (${notebook})`);
    }
  } finally {
    await browser.close();
  }
}

const figures = keyFigures();
if (!check) await render(figures);
const problems = checkImages(figures);
if (problems.length > 0) {
  console.error(`course-images: ${problems.length} problem(s):\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
console.log(`course-images: ${figures.length} key figure(s) ${check ? "checked" : "rendered"}`);
