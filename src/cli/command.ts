import type { Messages } from "../core/i18n/messages.js";

/** The kind of value an option takes, shown in help as `<dossier>`, `<fichier>`… (translated). */
export type Placeholder = keyof Messages["cli"]["placeholders"];

/**
 * One option of a command, declared once (shared ones live in `options.ts`). Its help text is
 * looked up in the message catalogue: `cli.commands.<command>.options.<key>`, else
 * `cli.options.<key>`, where `key` is the option's camelCase name.
 */
export interface CommandOption {
  /** The flag without its dashes: `input`, `strict-codes`. */
  name: string;
  /** What the option takes; absent for a switch (`--force`). */
  value?: Placeholder;
  /** The command refuses to run without it (checked before the action, all missing ones named at once). */
  required?: boolean;
  /** Value when absent (shown in help by the catalogue's text, not added by the library). */
  default?: string | boolean;
  /** The option may be repeated; its values are collected into an array. */
  multiple?: boolean;
  /** Help heading the option is listed under (a key of `cli.commands.<command>.groups`). */
  group?: string;
}

/** Option values as the action receives them, keyed by camelCase name (`strict-codes` → `strictCodes`). */
export type OptionValues = Record<string, string | boolean | string[] | undefined>;

/**
 * One `oraccle` sub-command: a file in `src/cli/commands/` and one line in `src/cli/commands.ts`.
 * Parsing, help, required options and exit codes are handled by `run-cli.ts` (commander); the
 * command declares its options and acts.
 */
export interface Command<Options = OptionValues> {
  /** The word typed after `oraccle` (`generate`, `validate`, `publish`…); its texts are `cli.commands.<name>`. */
  name: string;
  /** Positional arguments (optional, checked by the action), e.g. `["kind"]` for `oraccle check [genre]`. */
  arguments?: Placeholder[];
  /** Options, in the order help lists them. */
  options: CommandOption[];
  /**
   * Library parameters named in messages whose option has another name, mapped to the flag
   * without its dashes (`{ rejectsFile: "rejects" }`); an option of the same camelCase name
   * needs no entry. Printed messages use the flags (see `withFlagNames`).
   */
  parameters?: Readonly<Record<string, string>>;
  /**
   * Runs the command and resolves to the exit code. Expected failures throw an `OraccleError`
   * (its `exitCode` is used); anything else is a bug.
   */
  action(options: Options, io: CommandIO, args: string[]): Promise<number>;
}

/** Where a command writes. Tests pass buffers; the CLI passes the process streams. */
export interface CommandIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stderr is an interactive terminal (progress bars are drawn only then). */
  interactive: boolean;
}

/**
 * Declares a command with typed option values (an identity function, for type inference).
 *
 * @example
 * export const helloCommand = defineCommand<{ name?: string }>({
 *   name: "hello",
 *   options: [{ name: "name", value: "name" }],
 *   async action(options, io) { io.stdout(`bonjour ${options.name}\n`); return ExitCode.ok; },
 * });
 */
export function defineCommand<Options>(command: Command<Options>): Command<Options> {
  return command;
}
