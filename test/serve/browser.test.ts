/// <reference lib="dom" />
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer } from "../../src/serve/create-server.js";
import { openRelease } from "../../src/serve/open-release.js";
import { browserTestsEnabled, CHROMIUM } from "../helpers/offline-browser.js";
import { publishedRelease } from "./published-release.js";

// Screenshots for a person to look at, when SERVE_SCREENSHOTS names a folder.
const shots = process.env.SERVE_SCREENSHOTS;

let app: FastifyInstance;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  if (!browserTestsEnabled) return;
  app = await createServer(openRelease(await publishedRelease()));
  origin = await app.listen({ host: "127.0.0.1", port: 0 });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu"] });
  if (shots) mkdirSync(shots, { recursive: true });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** A page whose network reaches only the local server; console errors and other requests are kept. */
async function localPage(width = 1200, height = 900) {
  const context = await browser.newContext({ viewport: { width, height } });
  const problems: string[] = [];
  const outside: string[] = [];
  await context.route("**/*", (route) => {
    if (route.request().url().startsWith(origin)) return route.continue();
    outside.push(route.request().url());
    return route.abort();
  });
  const page = await context.newPage();
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  return { page, problems, outside };
}

async function shoot(page: Page, name: string) {
  if (shots) await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
}

describe.runIf(browserTestsEnabled)("the consultation pages in Chromium", () => {
  it("search → formation page → Sankey drawn, with no console error and no outside request", async () => {
    const { page, problems, outside } = await localPage();
    await page.goto(`${origin}/`);
    await shoot(page, "1-accueil");
    await page.getByLabel("Rechercher une formation").fill("licence");
    await page.getByRole("button", { name: "Rechercher" }).click();
    await page.waitForSelector("ul.results li a");
    await shoot(page, "2-resultats");
    await page.locator("ul.results li a").first().click();
    await page.waitForSelector("#sankey-devenir .sankey .sankey-node", { timeout: 30_000 });
    const nodes = await page.locator("#sankey-devenir .sankey-node").count();
    const links = await page.locator("#sankey-devenir .sankey-link").count();
    expect(nodes).toBeGreaterThan(2);
    expect(links).toBeGreaterThan(1);
    expect(await page.locator("table caption", { hasText: "Flux d'une année à l'autre" }).count()).toBe(1);
    await shoot(page, "3-formation");
    expect(problems).toEqual([]);
    expect(outside).toEqual([]);
    await page.context().close();
  });

  it("fits a phone screen: no horizontal scrolling of the page", async () => {
    const { page, problems } = await localPage(375, 740);
    await page.goto(`${origin}/?q=licence`);
    await page.locator("ul.results li a").first().click();
    await page.waitForSelector("#sankey-devenir .sankey-node", { timeout: 30_000 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await shoot(page, "4-formation-telephone");
    await page.goto(`${origin}/comment-y-arriver?q=master`);
    await shoot(page, "5-comment-y-arriver");
    await page.goto(`${origin}/a-propos`);
    await shoot(page, "6-a-propos");
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("serves the API documentation page offline", async () => {
    const { page, problems, outside } = await localPage();
    await page.goto(`${origin}/api/docs`);
    await page.waitForSelector(".swagger-ui .opblock", { timeout: 30_000 });
    expect(await page.locator(".opblock").count()).toBeGreaterThanOrEqual(8);
    await shoot(page, "7-api-docs");
    expect(problems).toEqual([]);
    expect(outside).toEqual([]);
    await page.context().close();
  });
});
