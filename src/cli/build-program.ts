import { createRequire } from "node:module";
import { Option, Command as Program } from "commander";
import { messages } from "../core/i18n/messages.js";
import type { Command, CommandIO, CommandOption } from "./command.js";
import { withFlagNames } from "./flag-names.js";
import { lang } from "./options.js";
import { usageError } from "./parse-option.js";

/** What a parse left behind: the sub-command reached and the exit code its action returned. */
export interface ProgramState {
  command?: string;
  code?: number;
}

/**
 * The `oraccle` program as a commander `Command`, in the language in force: one sub-command per
 * registry entry, help texts from the message catalogue, output to `io`, no `process.exit`.
 *
 * @example
 * const state: ProgramState = {};
 * await buildProgram(commands, io, state).parseAsync(["validate", "--input", "data/sise"], { from: "user" });
 */
export function buildProgram(commands: readonly Command[], io: CommandIO, state: ProgramState): Program {
  const text = messages().cli;
  const program = new Program("oraccle")
    .description(text.program.description)
    .usage(text.program.usage)
    .helpOption("-h, --help", text.program.helpOption)
    .helpCommand(`help [${text.placeholders.command}]`, text.program.helpCommand)
    .version(packageVersion(), "-V, --version", text.program.versionOption)
    .exitOverride()
    .showSuggestionAfterError(false)
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      // Errors are translated and written by runCli, from the error's code.
      outputError: () => {},
      getOutHelpWidth: () => 100,
      getErrHelpWidth: () => 100,
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    })
    .configureHelp({
      styleTitle: (title) => text.help.titles[title as keyof typeof text.help.titles] ?? title,
      // Defaults are written in the catalogue's texts, in the user's language.
      optionDescription: (option) => option.description,
      sortSubcommands: false,
    })
    .addOption(toOption(lang, text.options.lang))
    .addHelpText("after", `\n${text.program.epilog}`)
    .hook("preSubcommand", (_program, sub) => {
      state.command = sub.name();
    });
  for (const command of commands) addCommand(program, command, io, state);
  return program;
}

function addCommand(program: Program, command: Command, io: CommandIO, state: ProgramState): void {
  const text = messages().cli;
  const own = text.commands[command.name as keyof typeof text.commands] as CommandTexts | undefined;
  if (!own) throw new Error(`no texts for command '${command.name}' in the message catalogue (cli.commands)`);
  const sub = program
    .command(command.name)
    .summary(own.summary)
    .description(own.description ?? own.summary);
  for (const name of command.arguments ?? []) {
    sub.argument(`[${text.placeholders[name]}]`, own.arguments?.[name] ?? "");
  }
  for (const option of command.options) {
    const key = camelCase(option.name);
    const description = own.options?.[key] ?? (text.options as Record<string, string>)[key];
    if (description === undefined) {
      throw new Error(
        `no help text for option --${option.name} of '${command.name}' in the message catalogue`,
      );
    }
    const made = toOption(option, description);
    if (option.group !== undefined) made.helpGroup(own.groups?.[option.group] ?? option.group);
    sub.addOption(made);
  }
  if (own.epilog) sub.addHelpText("after", `\n${own.epilog}`);
  sub.action(async (...received: unknown[]) => {
    const self = received[received.length - 1] as Program;
    const values = self.opts();
    const missing = command.options
      .filter((option) => option.required && values[camelCase(option.name)] === undefined)
      .map((option) => `--${option.name}`);
    if (missing.length > 0) throw usageError(text.errors.missingOptions(missing, command.name));
    const args = (received.slice(0, -2) as (string | undefined)[]).filter(
      (arg): arg is string => arg !== undefined,
    );
    // What the library prints names its parameters; the user reads this command's flags.
    const flagged: CommandIO = {
      ...io,
      stdout: (out) => io.stdout(withFlagNames(out, command)),
      stderr: (out) => io.stderr(withFlagNames(out, command)),
    };
    state.code = await command.action(values, flagged, args);
  });
}

function toOption(option: CommandOption, description: string): Option {
  const placeholders = messages().cli.placeholders;
  const flags = option.value ? `--${option.name} <${placeholders[option.value]}>` : `--${option.name}`;
  const made = new Option(flags, description);
  if (option.default !== undefined) made.default(option.default);
  if (option.multiple)
    made.argParser((value: string, previous: unknown) => [...((previous as string[]) ?? []), value]);
  return made;
}

/** The texts of one command in the catalogue (`cli.commands.<name>`). */
interface CommandTexts {
  summary: string;
  description?: string;
  epilog?: string;
  arguments?: Record<string, string>;
  options?: Record<string, string>;
  groups?: Record<string, string>;
}

function camelCase(flag: string): string {
  return flag.replace(/-([a-z])/g, (_match, letter: string) => letter.toUpperCase());
}

function packageVersion(): string {
  const manifest = createRequire(import.meta.url)("../../package.json") as { version: string };
  return manifest.version;
}
