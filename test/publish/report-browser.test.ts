/// <reference lib="dom" />
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import pl from "nodejs-polars";
import { chromium } from "playwright-core";
import { describe, expect, it } from "vitest";
import { renderReport } from "../../src/publish/report-html.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const available = existsSync(CHROMIUM);
if (!available && !process.env.CI) {
  console.warn(
    `report-browser: skipped, Chromium not found at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`,
  );
}

describe.skipIf(!available && !process.env.CI)("renderReport() in headless Chromium", () => {
  it("draws every figure as SVG with the network off and no console error", async () => {
    const html = renderReport({
      title: "Rapport de test",
      introduction: "Deux figures et un tableau.",
      sections: [
        {
          title: "Flux",
          figures: [
            {
              figure: {
                data: [
                  {
                    type: "sankey",
                    node: { label: ["L1", "L2", "Sortie"] },
                    link: { source: [0, 0], target: [1, 2], value: [8, 2] },
                  },
                ],
              },
              caption: "Sankey",
            },
          ],
        },
        {
          title: "Indicateurs",
          figures: [{ figure: { data: [{ type: "bar", x: ["A", "B"], y: [0.4, 0.5] }] } }],
          tables: [{ frame: pl.DataFrame({ etabli: ["0931238R"], taux: [0.4] }) }],
        },
      ],
    });
    const file = join(mkdtempSync(join(tmpdir(), "report-")), "rapport.html");
    writeFileSync(file, html);

    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
      ],
    });
    try {
      const context = await browser.newContext({ offline: true });
      const page = await context.newPage();
      const problems: string[] = [];
      const requests: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") problems.push(message.text());
      });
      page.on("pageerror", (error) => problems.push(error.message));
      page.on("request", (request) => {
        if (!request.url().startsWith("file:")) requests.push(request.url());
      });
      await page.goto(pathToFileURL(file).href);
      await page.waitForFunction(
        () => document.querySelectorAll(".oraccle-figure .main-svg").length >= 2,
        null,
        {
          timeout: 20_000,
        },
      );
      const figuresWithSvg = await page.$$eval(
        ".oraccle-figure",
        (nodes) => nodes.filter((node) => node.querySelector("svg")).length,
      );
      expect(figuresWithSvg).toBe(2);
      expect(await page.locator("table td").first().textContent()).toBe("0931238R");
      expect(problems).toEqual([]);
      expect(requests).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
