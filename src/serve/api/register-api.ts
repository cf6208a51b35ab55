import type { FastifyInstance } from "fastify";
import pl from "nodejs-polars";
import { toEtalabCsv } from "../../publish/etalab-csv.js";
import { AnswerCache } from "../answer-cache.js";
import type { ReleaseIndex } from "../release-index.js";
import { type SentAnswer, sendAnswer, sentAnswer } from "../sent-answer.js";
import type { ApiInput, ApiRoute } from "./api-route.js";
import { errorSchema } from "./schemas.js";

const formatQuery = {
  type: "string",
  enum: ["json", "csv"],
  default: "json",
  description: "Answer format: json (default) or csv (the rows, counts flattened).",
};

/**
 * Registers the declared API routes: each gets its JSON Schemas (query validated with unknown
 * parameters refused, answer serialised, both documented in OpenAPI), a `format` parameter
 * (`json` or `csv`) and caching headers. Answers are computed, serialised and hashed for their ETag
 * once per request (the release never changes while served) and kept in a bounded cache.
 *
 * @example
 * registerApiRoutes(app, index, [...formationRoutes, ...pathRoutes]);
 */
export function registerApiRoutes(app: FastifyInstance, index: ReleaseIndex, routes: ApiRoute[]): void {
  const cache = new AnswerCache<SentAnswer>();
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
        const answer = cache.get(`${route.url} ${JSON.stringify(input)}`, () => {
          const result = route.handler(index, input);
          return input.query.format === "csv"
            ? csvAnswer(route, result.rows)
            : sentAnswer(String(reply.serialize(result.body)), "application/json; charset=utf-8");
        });
        return sendAnswer(reply, answer);
      },
    });
  }
}

function csvAnswer(route: ApiRoute, rows: Record<string, unknown>[]): SentAnswer {
  const name = route.url.replace(/^\/api\//, "").replace(/[/:]+/g, "-");
  const text =
    rows.length === 0 ? "" : toEtalabCsv(pl.readRecords(rows, { inferSchemaLength: rows.length })).text;
  return sentAnswer(text, "text/csv; charset=utf-8", {
    "content-disposition": `attachment; filename="${name}.csv"`,
  });
}
