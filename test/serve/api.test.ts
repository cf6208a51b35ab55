import { createHash } from "node:crypto";
import type { FastifyInstance } from "fastify";
import pl from "nodejs-polars";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sumCohortCounts } from "../../src/serve/count-interval.js";
import { createServer } from "../../src/serve/create-server.js";
import { openRelease } from "../../src/serve/open-release.js";
import { publishedRelease } from "./published-release.js";

let app: FastifyInstance;
let folder: string;
let cohorts: { trace: string; effectif: number }[];

beforeAll(async () => {
  folder = await publishedRelease();
  const release = openRelease(folder);
  cohorts = release.frames.cohorts.select("trace", "effectif").toRecords() as typeof cohorts;
  app = await createServer(release);
}, 300_000);
afterAll(() => app?.close());

const json = async (url: string) => {
  const answer = await app.inject(url);
  return { status: answer.statusCode, body: answer.json(), headers: answer.headers };
};

/** The most frequent formation key of the traces, found without the service. */
function busiestFormation(): string {
  const keys = cohorts.flatMap((c) => [...new Set(c.trace.split("+").filter(Boolean))]);
  const counts = pl.DataFrame({ key: keys }).groupBy("key").len().sort(["len", "key"], [true, false]);
  return String(counts.getColumn("key").get(0));
}

describe("GET /api/formations", () => {
  it("finds formations whatever the accents and case, with stable paging", async () => {
    const all = await json("/api/formations?q=UNIVERSITE&limit=200");
    const accented = await json("/api/formations?q=universit%C3%A9&limit=200");
    expect(all.status).toBe(200);
    expect(all.body.total).toBeGreaterThan(10);
    expect(accented.body).toEqual(all.body);
    const second = await json("/api/formations?q=universite&limit=5&offset=5");
    expect(second.body.lignes).toEqual(all.body.lignes.slice(5, 10));
  });

  it("finds a formation by its UAI", async () => {
    const key = busiestFormation();
    const uai = key.split("-").at(-1) as string;
    const found = await json(`/api/formations?q=${uai.toLowerCase()}&limit=200`);
    expect(found.body.lignes.map((row: { formation: string }) => row.formation)).toContain(key);
  });
});

describe("GET /api/formations/:formation", () => {
  it("counts the students of a formation as an interval over its cohorts", async () => {
    const key = busiestFormation();
    const expected = sumCohortCounts(
      cohorts.filter((c) => c.trace.split("+").includes(key)).map((c) => c.effectif),
    );
    const answer = await json(`/api/formations/${key}`);
    expect(answer.body.etudiants).toEqual(expected);
  });

  it("answers an unknown formation with a French 404 and suggestions", async () => {
    const key = busiestFormation();
    const unknown = `${key.slice(0, -1)}Z`;
    const answer = await json(`/api/formations/${unknown}`);
    expect(answer.status).toBe(404);
    expect(answer.body.message).toMatch(/n'existe pas/);
    expect(answer.body.suggestions.length).toBeGreaterThan(0);
  });
});

describe("GET /api/formations/:formation/devenir", () => {
  it("splits every student of the formation into exactly one situation", async () => {
    const key = busiestFormation();
    const answer = await json(`/api/formations/${key}/devenir?annees=2&limit=200`);
    const detail = await json(`/api/formations/${key}`);
    const rows = answer.body.lignes as { effectif: { min: number; max: number } }[];
    expect(rows.reduce((sum, row) => sum + row.effectif.min, 0)).toBe(detail.body.etudiants.min);
    expect(rows.reduce((sum, row) => sum + row.effectif.max, 0)).toBe(detail.body.etudiants.max);
  });

  it("refuses a bad parameter naming it and what it accepts", async () => {
    const key = busiestFormation();
    const answer = await json(`/api/formations/${key}/devenir?annees=12`);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ parametre: "annees", valeurs_acceptees: "un entier de 1 à 6" });
    const unknown = await json(`/api/formations/${key}/devenir?years=2`);
    expect(unknown.body.parametre).toBe("years");
    expect(unknown.body.valeurs_acceptees).toMatch(/annees/);
    expect(JSON.stringify(unknown.body)).not.toMatch(/at .*\.js/);
  });

  it("answers CSV with the counts flattened", async () => {
    const key = busiestFormation();
    const answer = await app.inject(`/api/formations/${key}/devenir?format=csv&limit=200`);
    expect(answer.headers["content-type"]).toMatch(/text\/csv/);
    const [header, ...lines] = answer.body.trim().split("\n");
    expect(header).toBe(
      "situation,formation,libelle,effectif_min,effectif_max,effectif_cohortes_masquees,effectif_exact,effectif_au_moins_une_personne",
    );
    const asJson = await json(`/api/formations/${key}/devenir?limit=200`);
    expect(lines.length).toBe(asJson.body.lignes.length);
  });
});

describe("GET /api/parcours", () => {
  it("lists the cohorts going through both formations in order", async () => {
    const key = busiestFormation();
    const withNext = cohorts.filter((c) => {
      const years = c.trace.split("+");
      const at = years.indexOf(key);
      return at >= 0 && at + 1 < years.length && years[at + 1] !== "";
    });
    const target = withNext[0]?.trace.split("+")[withNext[0].trace.split("+").indexOf(key) + 1] as string;
    // Expected independently: cohorts with `key` then, a later year, `target`.
    const expected = sumCohortCounts(
      cohorts
        .filter((c) => {
          const years = c.trace.split("+");
          const from = years.indexOf(key);
          return from >= 0 && years.slice(from + 1).includes(target);
        })
        .map((c) => c.effectif),
    );
    const answer = await json(`/api/parcours?depuis=${key}&vers=${target}`);
    expect(answer.body.total).toEqual(expected);
    expect(answer.body.lignes[0].etapes[0].formation).toBe(key);
  });

  it("asks for an origin or a target", async () => {
    const answer = await json("/api/parcours");
    expect(answer.status).toBe(400);
    expect(answer.body.message).toMatch(/depuis/);
  });
});

describe("GET /api/indicateurs", () => {
  it("serves the indicator tables as published, secret cells empty", async () => {
    const list = await json("/api/indicateurs");
    expect(list.body.lignes.map((row: { table: string }) => row.table)).toEqual(
      expect.arrayContaining(["devenir_l1", "reussite_licence", "flux"]),
    );
    const flux = await json("/api/indicateurs/flux?limit=200");
    for (const row of flux.body.lignes as { statut: string; effectif: number | null }[]) {
      expect(row.statut === "publie").toBe(row.effectif !== null);
    }
    expect((await json("/api/indicateurs/inconnue")).status).toBe(404);
  });
});

describe("caching and documentation", () => {
  it("sends an ETag and answers 304 to a matching If-None-Match", async () => {
    const first = await app.inject("/api/formations?q=licence");
    expect(first.headers.etag).toBeTruthy();
    expect(first.headers["cache-control"]).toMatch(/max-age/);
    const again = await app.inject({
      url: "/api/formations?q=licence",
      headers: { "if-none-match": first.headers.etag as string },
    });
    expect(again.statusCode).toBe(304);
  });

  it("tags a page and a CSV answer with the SHA-1 of the bytes sent", async () => {
    for (const url of ["/a-propos", "/api/formations?q=licence&format=csv"]) {
      const answer = await app.inject(url);
      const sha1 = createHash("sha1").update(answer.rawPayload).digest("base64");
      expect(answer.headers.etag).toBe(`"${sha1}"`);
    }
    const csv = await app.inject("/api/formations?q=licence&format=csv");
    expect(csv.headers["content-disposition"]).toMatch(/attachment; filename=".+\.csv"/);
  });

  it("documents every API route in /api/openapi.json and serves its page", async () => {
    const spec = await json("/api/openapi.json");
    expect(Object.keys(spec.body.paths)).toEqual(
      expect.arrayContaining(["/api/formations", "/api/formations/{formation}/devenir", "/api/parcours"]),
    );
    expect(Object.keys(spec.body.paths).every((path) => path.startsWith("/api/"))).toBe(true);
    const docs = await app.inject("/api/docs/");
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toMatch(/swagger-ui/);
  });

  it("answers an unknown page with a French 404 page, not a stack trace", async () => {
    const page = await app.inject("/formations/inconnue");
    expect(page.statusCode).toBe(404);
    expect(page.headers["content-type"]).toMatch(/text\/html/);
    expect(page.body).toMatch(/lang="fr"/);
    expect(page.body).not.toMatch(/Error:|at .*\(/);
  });
});
