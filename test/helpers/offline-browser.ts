/// <reference lib="dom" />
import { existsSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

/** Debian's Chromium, which CI installs with apt-get (`.ci/run`); override with CHROMIUM_PATH. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Browser tests run where Chromium is installed, and always in CI (where a missing Chromium must
 * fail, not skip). Elsewhere they skip with a message saying what to install.
 */
export const browserTestsEnabled = existsSync(CHROMIUM) || Boolean(process.env.CI);
if (!browserTestsEnabled) {
  console.warn(
    `browser tests skipped: Chromium not found at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`,
  );
}

/** What a page showed with the network off. */
export interface OfflinePage {
  /** Figures (`.oraccle-figure`) that plotly drew as SVG. */
  figuresWithSvg: number;
  /** All figures of the page. */
  figures: number;
  /** Console errors and uncaught exceptions. */
  problems: string[];
  /** Requests to anything but the file itself (must stay empty: the page is self-contained). */
  requests: string[];
  /** Text of the first table cell, when the page has a table. */
  firstCell: string | null;
}

/** Opens an HTML file in headless Chromium with the network off and waits for the plotly figures. */
export async function openOffline(file: string, expectedFigures: number): Promise<OfflinePage> {
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
      (count) => document.querySelectorAll(".oraccle-figure .main-svg").length >= count,
      expectedFigures,
      { timeout: 30_000 },
    );
    const figures = await page.$$eval(".oraccle-figure", (nodes) => nodes.length);
    const figuresWithSvg = await page.$$eval(
      ".oraccle-figure",
      (nodes) => nodes.filter((node) => node.querySelector("svg")).length,
    );
    const firstCell =
      (await page.locator("table td").count()) > 0
        ? await page.locator("table td").first().textContent()
        : null;
    return { figures, figuresWithSvg, problems, requests, firstCell };
  } finally {
    await browser.close();
  }
}
