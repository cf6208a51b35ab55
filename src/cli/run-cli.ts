import { CommanderError } from "commander";
import { ExitCode, OraccleError } from "../core/errors.js";
import { type Language, parseLanguage, setLanguage } from "../core/i18n/language.js";
import { messages } from "../core/i18n/messages.js";
import { buildProgram, type ProgramState } from "./build-program.js";
import type { Command, CommandIO } from "./command.js";
import { commands } from "./commands.js";
import { withFlagNames } from "./flag-names.js";

/**
 * Runs the `oraccle` command line with `argv` (without `node` and the script path) and resolves
 * to the exit code (see `ExitCode`). Never calls `process.exit`, so it can be tested in-process.
 * Messages are in French unless `--lang en` or `ORACCLE_LANG=en`.
 *
 * @example
 * const code = await runCli(["validate", "--input", "data/sise"], processIO());
 */
export async function runCli(argv: string[], io: CommandIO): Promise<number> {
  const requested = requestedLanguage(argv);
  if (requested === null) {
    io.stderr(`oraccle: ${messages().cli.errors.unknownLanguage(splitLanguage(argv).code ?? "")}\n`);
    return ExitCode.usage;
  }
  const previous = requested === undefined ? undefined : setLanguage(requested);
  try {
    return await parse(argv, io);
  } finally {
    if (requested !== undefined) setLanguage(previous);
  }
}

async function parse(argv: string[], io: CommandIO): Promise<number> {
  const state: ProgramState = {};
  const program = buildProgram(commands, io, state);
  if (splitLanguage(argv).rest.length === 0) {
    // No command: the list of commands, on stdout, and the usage exit code.
    program.outputHelp();
    return ExitCode.usage;
  }
  try {
    await program.parseAsync(argv, { from: "user" });
    return state.code ?? ExitCode.ok;
  } catch (error) {
    const prefix = state.command ? `oraccle ${state.command}` : "oraccle";
    const failure = error instanceof CommanderError ? fromCommander(error, state.command) : error;
    if (failure === undefined)
      return error instanceof CommanderError && error.code === "commander.help"
        ? ExitCode.usage
        : ExitCode.ok;
    if (failure instanceof OraccleError) {
      const command = commands.find((entry) => entry.name === state.command);
      io.stderr(`${prefix}: ${withFlagNames(failure.message, command)}\n`);
      return failure.exitCode;
    }
    throw failure;
  }
}

/**
 * Runs one command with the arguments that follow its name, as `runCli` does, but lets its
 * `OraccleError` through instead of printing it (for tests and embedding).
 *
 * @example
 * await expect(runCommand(validateCommand, [], io)).rejects.toMatchObject({ exitCode: ExitCode.usage });
 */
export async function runCommand(command: Command, argv: string[], io: CommandIO): Promise<number> {
  const state: ProgramState = {};
  try {
    await buildProgram([command], io, state).parseAsync([command.name, ...argv], { from: "user" });
    return state.code ?? ExitCode.ok;
  } catch (error) {
    const failure = error instanceof CommanderError ? fromCommander(error, command.name) : error;
    if (failure === undefined) return ExitCode.ok;
    throw failure;
  }
}

// commander's own errors (unknown option, missing value…) carry a code and English text: the
// text is rewritten in the user's language from the code and the names it quotes. Help and
// version are not errors (undefined).
function fromCommander(error: CommanderError, command: string | undefined): OraccleError | undefined {
  if (["commander.helpDisplayed", "commander.version", "commander.help"].includes(error.code))
    return undefined;
  const text = messages().cli.errors;
  const quoted = [...error.message.matchAll(/'([^']*)'/g)].map((match) => match[1] ?? "");
  const first = quoted[0] ?? "";
  const problems: Record<string, () => string> = {
    "commander.unknownOption": () => text.unknownOption(first),
    "commander.unknownCommand": () => text.unknownCommand(first),
    "commander.optionMissingArgument": () => text.optionMissingValue(first),
    "commander.excessArguments": () => text.excessArguments,
    "commander.missingArgument": () => text.missingArgument(first),
    "commander.conflictingOption": () => text.conflictingOptions(quoted),
  };
  const problem = problems[error.code]?.() ?? error.message.replace(/^error: /, "");
  return new OraccleError(`${problem} ${text.seeHelp(command)}`, ExitCode.usage, { cause: error });
}

// --lang is read before the program is built, since every help text depends on it.
function requestedLanguage(argv: string[]): Language | null | undefined {
  const { code } = splitLanguage(argv);
  if (code === undefined) return undefined;
  return parseLanguage(code) ?? null;
}

function splitLanguage(argv: string[]): { code: string | undefined; rest: string[] } {
  let code: string | undefined;
  const rest: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] as string;
    if (arg === "--lang") {
      code = argv[index + 1] ?? "";
      index++;
    } else if (arg.startsWith("--lang=")) code = arg.slice("--lang=".length);
    else rest.push(arg);
  }
  return { code, rest };
}

/** The {@link CommandIO} of the running process. */
export function processIO(): CommandIO {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    interactive: Boolean(process.stderr.isTTY),
  };
}
