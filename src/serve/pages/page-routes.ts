import type { FastifyInstance } from "fastify";
import { plotlyScript } from "../../viz/figure.js";
import { AnswerCache } from "../answer-cache.js";
import { formationOrNotFound } from "../http-problem.js";
import type { ReleaseIndex } from "../release-index.js";
import { type SentAnswer, sendAnswer, sentAnswer } from "../sent-answer.js";
import { aboutPage } from "./about-page.js";
import { formationPage } from "./formation-page.js";
import { homePage } from "./home-page.js";
import { pathPage } from "./path-page.js";
import { SITE_CSS } from "./site-css.js";

type Query = Record<string, string | undefined>;

/**
 * One server-rendered page: its URL and the function that renders it (French HTML).
 *
 * @example
 * const page: PageRoute = { url: "/a-propos", render: (index) => aboutPage(index) };
 */
export interface PageRoute {
  url: string;
  render: (index: ReleaseIndex, params: Record<string, string>, query: Query) => string;
}

/** The pages of the service. */
export const pageRoutes: PageRoute[] = [
  { url: "/", render: (index, _params, query) => homePage(index, { q: query.q, cursus: query.cursus }) },
  {
    url: "/formations/:formation",
    render: (index, params) => formationPage(index, formationOrNotFound(index, params.formation ?? "")),
  },
  {
    url: "/comment-y-arriver",
    render: (index, _params, query) =>
      pathPage(index, { vers: query.vers, q: query.q, cursus: query.cursus }),
  },
  { url: "/a-propos", render: (index) => aboutPage(index) },
];

/** Static assets, served from the package (never a CDN): plotly.js and the style sheet. */
const assets: { url: string; type: string; body: () => string }[] = [
  { url: "/static/plotly.js", type: "text/javascript; charset=utf-8", body: plotlyScript },
  { url: "/static/site.css", type: "text/css; charset=utf-8", body: () => SITE_CSS },
];

const queryText = { type: "string", maxLength: 200 } as const;

/**
 * Registers the pages and static assets (hidden from the OpenAPI document); pages are rendered
 * and hashed once per URL and kept in a bounded cache.
 *
 * @example
 * registerPages(app, index);
 */
export function registerPages(app: FastifyInstance, index: ReleaseIndex): void {
  const cache = new AnswerCache<SentAnswer>();
  for (const page of pageRoutes) {
    app.get(
      page.url,
      {
        schema: {
          hide: true,
          querystring: {
            type: "object",
            properties: {
              q: queryText,
              vers: queryText,
              cursus: { type: "string", enum: ["", "L", "M", "D"] },
            },
          },
        },
      },
      async (request, reply) => {
        const answer = cache.get(`${page.url} ${JSON.stringify([request.params, request.query])}`, () =>
          sentAnswer(
            page.render(index, request.params as Record<string, string>, request.query as Query),
            "text/html; charset=utf-8",
          ),
        );
        return sendAnswer(reply, answer);
      },
    );
  }
  for (const asset of assets) {
    let answer: SentAnswer | undefined;
    app.get(asset.url, { schema: { hide: true } }, async (_request, reply) => {
      answer ??= sentAnswer(asset.body(), asset.type, { "cache-control": "public, max-age=86400" });
      return sendAnswer(reply, answer);
    });
  }
}
