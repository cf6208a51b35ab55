import type { FastifyInstance, FastifyReply } from "fastify";
import pl from "nodejs-polars";
import { toEtalabCsv } from "../../publish/etalab-csv.js";
import { AnswerCache } from "../answer-cache.js";
import type { ReleaseIndex } from "../release-index.js";
import type { ApiInput, ApiRoute } from "./api-route.js";
import { errorSchema } from "./schemas.js";

/** How long clients and proxies may keep an answer: the release never changes while served. */
export const CACHE_CONTROL = "public, max-age=300";

const formatQuery = {
  type: "string",
  enum: ["json", "csv"],
  default: "json",
  description: "Answer format: json (default) or csv (the rows, counts flattened).",
};

/**
 * Registers the declared API routes: each gets its JSON Schemas (query validated with unknown
 * parameters refused, answer serialised, both documented in OpenAPI), a `format` parameter
 * (`json` or `csv`) and caching headers (ETag added by @fastify/etag). Answers are computed once
 * per URL (the release never changes while served) and kept in a bounded cache.
 *
 * @example
 * registerApiRoutes(app, index, [...formationRoutes, ...pathRoutes]);
 */
export function registerApiRoutes(app: FastifyInstance, index: ReleaseIndex, routes: ApiRoute[]): void {
  const cache = new AnswerCache<ReturnType<ApiRoute["handler"]>>();
  for (const route of routes) {
    app.route({
      method: "GET",
      url: route.url,
      schema: {
        summary: route.summary,
        description: route.description,
        tags: [route.tag],
        ...(route.params ? { params: route.params } : {}),
        querystring: {
          type: "object",
          additionalProperties: false,
          properties: { ...route.query, format: formatQuery },
        },
        response: { 200: route.response, 400: errorSchema, 404: errorSchema },
      },
      handler: async (request, reply) => {
        const input = { params: request.params, query: request.query } as ApiInput;
        const result = cache.get(`${route.url} ${JSON.stringify(input)}`, () => route.handler(index, input));
        reply.header("cache-control", CACHE_CONTROL);
        if (input.query.format === "csv") return sendCsv(reply, route, result.rows);
        return result.body;
      },
    });
  }
}

function sendCsv(reply: FastifyReply, route: ApiRoute, rows: Record<string, unknown>[]): FastifyReply {
  const name = route.url.replace(/^\/api\//, "").replace(/[/:]+/g, "-");
  const text =
    rows.length === 0 ? "" : toEtalabCsv(pl.readRecords(rows, { inferSchemaLength: rows.length })).text;
  return reply
    .type("text/csv; charset=utf-8")
    .header("content-disposition", `attachment; filename="${name}.csv"`)
    .serializer((payload: unknown) => String(payload))
    .send(text);
}
