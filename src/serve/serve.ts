import type { FastifyInstance } from "fastify";
import { createServer } from "./create-server.js";
import { openRelease } from "./open-release.js";

/**
 * Options of {@link serve}.
 *
 * @example
 * await serve({ data: "out/open-data", port: 8080 });
 */
export interface ServeOptions {
  /** Folder of a published release (`oraccle publish --out`). */
  data: string;
  /** TCP port. Default `8080`. */
  port?: number;
  /** Address to listen on. Default `"127.0.0.1"` (this machine only). */
  host?: string;
  /** Request logging. Default `true`. */
  logger?: boolean;
}

/**
 * Opens a published release (refusing one that does not validate or whose disclosure report is
 * missing or failing), builds the consultation service and starts listening. Stop it with
 * `app.close()`.
 *
 * @example
 * const app = await serve({ data: "out/open-data" }); // http://127.0.0.1:8080/
 */
export async function serve(options: ServeOptions): Promise<FastifyInstance> {
  const release = openRelease(options.data);
  const app = await createServer(release, { logger: options.logger ?? true });
  await app.listen({ port: options.port ?? 8080, host: options.host ?? "127.0.0.1" });
  return app;
}
