import { ExitCode, OraccleError } from "../core/errors.js";
import type { CommandIO } from "./command.js";
import { commands } from "./commands.js";

const GENERAL_USAGE = `oraccle — open-data toolkit for SISE study paths (Oraccle / UNIF)

Usage: oraccle <command> [options]        oraccle <command> --help

Commands:`;

/**
 * Runs the `oraccle` command line with `argv` (without `node` and the script path) and resolves
 * to the exit code. Never calls `process.exit`, so it can be tested in-process.
 *
 * @example
 * const code = await runCli(["validate", "--input", "data/sise"], processIO());
 */
export async function runCli(argv: string[], io: CommandIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    const width = Math.max(...commands.map((command) => command.name.length), 8);
    const lines = commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
    io.stdout(`${GENERAL_USAGE}\n${lines.join("\n")}\n`);
    return name === undefined ? ExitCode.usage : ExitCode.ok;
  }
  if (name === "--version") {
    const { createRequire } = await import("node:module");
    const manifest = createRequire(import.meta.url)("../../package.json") as { version: string };
    io.stdout(`${manifest.version}\n`);
    return ExitCode.ok;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    io.stderr(`oraccle: unknown command '${name}'. Run 'oraccle --help' for the list.\n`);
    return ExitCode.usage;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout(`${command.usage.trim()}\n`);
    return ExitCode.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof OraccleError) {
      io.stderr(`oraccle ${name}: ${error.message}\n`);
      return error.exitCode;
    }
    if (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS")) {
      io.stderr(`oraccle ${name}: ${error.message}\n\n${command.usage.trim()}\n`);
      return ExitCode.usage;
    }
    throw error;
  }
}

/** The {@link CommandIO} of the running process. */
export function processIO(): CommandIO {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    interactive: Boolean(process.stderr.isTTY),
  };
}
