/**
 * One `oraccle` sub-command. Each lives in `src/cli/commands/<name>.ts` and is listed in
 * `src/cli/commands.ts`; `main.ts` only dispatches.
 */
export interface Command {
  /** The word typed after `oraccle` (`generate`, `validate`, `publish`…). */
  name: string;
  /** One line shown by `oraccle --help`. */
  summary: string;
  /** Full usage text shown by `oraccle <name> --help`. */
  usage: string;
  /**
   * Runs the command with the arguments that follow its name and resolves to the exit code.
   * Expected failures throw an `OraccleError` (its `exitCode` is used); anything else is a bug.
   */
  run(argv: string[], io: CommandIO): Promise<number>;
}

/** Where a command writes. Tests pass buffers; the CLI passes the process streams. */
export interface CommandIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stderr is an interactive terminal (progress bars are drawn only then). */
  interactive: boolean;
}
