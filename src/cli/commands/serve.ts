import { ExitCode } from "../../core/errors.js";
import { messages } from "../../core/i18n/messages.js";
import { serve } from "../../serve/serve.js";
import { defineCommand } from "../command.js";
import { integerOption } from "../parse-option.js";

type ServeOptions = { data: string; port: string; host: string };

/**
 * `oraccle serve`: the consultation service over a published dataset, until interrupted. Every
 * request is logged on stdout (JSON lines).
 *
 * @example
 * // oraccle serve --data out/open-data --port 8080
 */
export const serveCommand = defineCommand<ServeOptions>({
  name: "serve",
  options: [
    { name: "data", value: "folder", required: true },
    { name: "port", value: "integer", default: "8080" },
    { name: "host", value: "address", default: "127.0.0.1" },
  ],
  async action(options, io) {
    const port = integerOption("--port", options.port, { min: 0 });
    const app = await serve({ data: options.data, port, host: options.host });
    const address = app.server.address();
    const shown =
      typeof address === "object" && address ? `http://${options.host}:${address.port}` : options.host;
    io.stderr(`${messages().cli.serve.listening(shown, options.data)}\n`);
    await new Promise<void>((resolve) => {
      for (const signal of ["SIGINT", "SIGTERM"] as const)
        process.once(signal, () => void app.close().then(resolve));
    });
    return ExitCode.ok;
  },
});
