#!/usr/bin/env node
import { processIO, runCli } from "./run-cli.js";

// `oraccle --help | head`: a reader that stops early is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
});

process.exitCode = await runCli(process.argv.slice(2), processIO());
