import type { ReleaseIndex } from "../release-index.js";

/**
 * What an API handler returns: the JSON body, and the rows that `?format=csv` writes (nested
 * counts flattened into `effectif_min`, `effectif_max`…).
 *
 * @example
 * const result: ApiResult = { body: { total: 1, lignes: rows }, rows };
 */
export interface ApiResult {
  body: Record<string, unknown>;
  rows: Record<string, unknown>[];
}

/** The request's parameters as Fastify validated and coerced them. */
export interface ApiInput {
  params: Record<string, string>;
  query: Record<string, string | number | undefined>;
}

/**
 * One read-only API route, declared: URL, documentation, JSON Schemas (validation, serialisation
 * and OpenAPI) and a small handler over the release index.
 *
 * @example
 * const route: ApiRoute = { url: "/api/indicateurs", summary: "…", description: "…", response: {…}, handler: (index) => … };
 */
export interface ApiRoute {
  /** Fastify URL pattern (`/api/formations/:formation`). */
  url: string;
  /** One-line summary (OpenAPI). */
  summary: string;
  /** What the route answers (OpenAPI). */
  description: string;
  /** OpenAPI tag. */
  tag: "formations" | "parcours" | "indicateurs";
  /** Path parameters schema. */
  params?: Record<string, unknown>;
  /** Query parameters, as JSON Schema properties (the registry adds `format`). */
  query?: Record<string, Record<string, unknown>>;
  /** JSON Schema of the 200 answer. */
  response: Record<string, unknown>;
  handler: (index: ReleaseIndex, input: ApiInput) => ApiResult;
}
