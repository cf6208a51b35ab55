import fastifyEtag from "@fastify/etag";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import { formationRoutes } from "./api/formation-routes.js";
import { indicatorRoutes } from "./api/indicator-routes.js";
import { pathRoutes } from "./api/path-routes.js";
import { registerApiRoutes } from "./api/register-api.js";
import { installErrorHandlers } from "./error-handler.js";
import { registerPages } from "./pages/page-routes.js";
import type { Release } from "./release.js";
import { indexRelease } from "./release-index.js";

/** Every API route, in the order the OpenAPI document lists them. */
export const apiRoutes = [...formationRoutes, ...pathRoutes, ...indicatorRoutes];

/**
 * Options of {@link createServer}.
 *
 * @example
 * await createServer(release, { logger: true });
 */
export interface ServerOptions {
  /** Fastify's request logging (pino): `true` logs every request as JSON lines. Default `false`. */
  logger?: FastifyServerOptions["logger"];
}

/**
 * The consultation service over one release, not listening yet: the release is indexed once,
 * then the API routes (JSON/CSV, OpenAPI at /api/openapi.json, its page at /api/docs), the
 * French pages and the static assets are registered. Use `app.inject()` to query it without a
 * socket, `app.listen()` to serve.
 *
 * @example
 * const app = await createServer(openRelease("out/open-data"));
 * const answer = await app.inject("/api/formations?q=pass");
 */
export async function createServer(release: Release, options: ServerOptions = {}): Promise<FastifyInstance> {
  const index = indexRelease(release);
  const app = Fastify({
    logger: options.logger ?? false,
    // Unknown query parameters are refused (400), not silently dropped; "12" becomes 12.
    ajv: {
      customOptions: { removeAdditional: false, coerceTypes: true, useDefaults: true, allErrors: false },
    },
  });
  await app.register(fastifyEtag);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Oraccle consultation API",
        description:
          `Read-only API over the published dataset « ${release.title} ». Counts over cohorts are intervals: ` +
          "a cohort of fewer than 5 students is published as 0, meaning 1 to 4.",
        version: release.fingerprint,
      },
      tags: [
        { name: "formations", description: "Search formations; their devenir, origins and profile." },
        { name: "parcours", description: "Paths between formations." },
        { name: "indicateurs", description: "Indicator and flow tables as published." },
      ],
    },
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: "/api/docs",
    uiConfig: { validatorUrl: null, docExpansion: "list", deepLinking: true },
  });
  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());
  installErrorHandlers(app);
  registerApiRoutes(app, index, apiRoutes);
  registerPages(app, index);
  return app;
}
