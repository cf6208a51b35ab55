import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer } from "../../src/serve/create-server.js";
import { openRelease } from "../../src/serve/open-release.js";
import { publishedRelease } from "./published-release.js";

let app: FastifyInstance;
let urls: string[];

// Numbers the API may write bare: bounds of an interval, paging, years, row and path counts, and
// the indicator tables' published cells (whose secret cells are null, checked below).
const BARE_NUMBERS = new Set([
  "min",
  "max",
  "cohortes_masquees",
  "limit",
  "offset",
  "total",
  "annees",
  "parcours",
  "lignes",
]);
const INDICATOR_NUMBERS = new Set([
  "total",
  "limit",
  "offset",
  "cohorte",
  "rentree",
  "effectif",
  "effectif_groupe",
  "taux",
  "taux_ic_bas",
  "taux_ic_haut",
]);

beforeAll(async () => {
  const release = openRelease(await publishedRelease());
  app = await createServer(release);
  // Every route of the OpenAPI document, on formations that hold masked cohorts.
  const masked = new Set(
    (release.frames.cohorts.toRecords() as { trace: string; effectif: number }[])
      .filter((c) => c.effectif === 0)
      .flatMap((c) => c.trace.split("+").filter(Boolean)),
  );
  const keys = [...masked].sort().slice(0, 8);
  const spec = (await app.inject("/api/openapi.json")).json() as {
    paths: Record<string, { get: { parameters?: { name: string }[] } }>;
  };
  const paged = (path: string) => spec.paths[path]?.get.parameters?.some((p) => p.name === "limit") ?? false;
  urls = Object.keys(spec.paths).flatMap((path) => {
    const limit = paged(path) ? "limit=200" : "";
    const concrete = path.includes("{formation}")
      ? keys.map((key) => path.replace("{formation}", key))
      : path.includes("{table}")
        ? ["devenir_l1", "reussite_licence", "flux"].map((table) => path.replace("{table}", table))
        : path === "/api/parcours"
          ? keys.flatMap((key) => [`${path}?depuis=${key}`, `${path}?vers=${key}`])
          : [path];
    return concrete.map((url) => (limit ? `${url}${url.includes("?") ? "&" : "?"}${limit}` : url));
  });
}, 300_000);
afterAll(() => app?.close());

/** Every bare number of a JSON answer with the key it sits under. */
function bareNumbers(value: unknown, key = ""): { key: string; parent: Record<string, unknown> | null }[] {
  if (Array.isArray(value)) return value.flatMap((item) => bareNumbers(item, key));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) =>
      typeof v === "number" ? [{ key: k, parent: value as Record<string, unknown> }] : bareNumbers(v, k),
    );
  }
  return [];
}

describe("masked counts", () => {
  it("no endpoint returns a count over masked cohorts as a bare number", async () => {
    expect(urls.length).toBeGreaterThan(20);
    let intervals = 0;
    for (const url of urls) {
      const answer = await app.inject(url);
      expect(answer.statusCode, url).toBe(200);
      const body = answer.json();
      for (const { key, parent } of bareNumbers(body)) {
        if (url.startsWith("/api/indicateurs/")) {
          expect(INDICATOR_NUMBERS.has(key), `${url}: ${key}`).toBe(true);
          if (key === "effectif") expect(parent?.statut, url).toBe("publie");
        } else {
          expect(BARE_NUMBERS.has(key), `${url}: ${key}`).toBe(true);
          if (key === "min" || key === "max") expect(parent && "cohortes_masquees" in parent, url).toBe(true);
        }
      }
      intervals += (JSON.stringify(body).match(/"exact":false/g) ?? []).length;
    }
    // The formations chosen hold masked cohorts: intervals must have been answered.
    expect(intervals).toBeGreaterThan(urls.length);
  });
});
