/**
 * Exit codes shared by every `oraccle` command, so that scripts and CI can tell failures apart.
 *
 * - `0` success
 * - `1` a check ran and failed (validation with rejects in strict mode, disclosure gate refused)
 * - `2` wrong usage (unknown option, missing argument, unknown policy name)
 * - `3` unreadable or malformed input (file, line, column and value are named)
 * - `4` the output could not be written (folder not writable, already holding a dataset)
 * - `5` a security precondition is missing (no pseudonymisation key, weak key)
 */
export const ExitCode = {
  ok: 0,
  checkFailed: 1,
  usage: 2,
  input: 3,
  output: 4,
  security: 5,
} as const;

/** One of the {@link ExitCode} values. */
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * Base class of every error the toolkit raises on purpose. Its message is written for the user
 * (French-speaking staff read it in a terminal or a notebook): what is wrong and what to do.
 *
 * @example
 * throw new OraccleError("policy 'k3' is unknown; use oraccle-k5, insee-entreprises or dgfip-11", ExitCode.usage);
 */
export class OraccleError extends Error {
  /** The process exit code the CLI uses for this error. */
  readonly exitCode: ExitCode;

  constructor(message: string, exitCode: ExitCode = ExitCode.checkFailed, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
    this.exitCode = exitCode;
  }
}

/** Where a bad value sits in an input file. Lines are 1-based and count the header line. */
export interface InputLocation {
  /** Path of the file as the user gave it. */
  file: string;
  /** 1-based line number in the file (the header is line 1), when known. */
  line?: number | undefined;
  /** Column (field) name as written in the file's header, when known. */
  column?: string | undefined;
  /** The offending raw value, when there is one. */
  value?: string | undefined;
}

/**
 * Bad input: names the file, line, column and value, and says what to do about it.
 *
 * @example
 * throw new InputError("year out of range (1990–2040)", { file: "inscri22.csv", line: 12, column: "rentree", value: "2202" }, "correct the year or remove the row");
 */
export class InputError extends OraccleError {
  readonly location: InputLocation;
  readonly hint: string | undefined;

  constructor(problem: string, location: InputLocation, hint?: string, options?: ErrorOptions) {
    super(formatInputProblem(problem, location, hint), ExitCode.input, options);
    this.location = location;
    this.hint = hint;
  }
}

/** Formats `file:line, column 'c', value 'v': problem. hint` the same way everywhere. */
export function formatInputProblem(problem: string, location: InputLocation, hint?: string): string {
  let where = location.file;
  if (location.line !== undefined) where += `:${location.line}`;
  const parts = [where];
  if (location.column !== undefined) parts.push(`column '${location.column}'`);
  if (location.value !== undefined) parts.push(`value '${truncateForDisplay(location.value)}'`);
  return `${parts.join(", ")}: ${problem}${hint ? `. ${hint}` : ""}`;
}

/** Keeps error messages readable when a value is huge (a corrupt line, a binary blob). */
export function truncateForDisplay(value: string, maxLength = 80): string {
  const printable = value.replace(
    /[\u0000-\u001f\u007f]/g,
    (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`,
  );
  return printable.length > maxLength
    ? `${printable.slice(0, maxLength)}… (${value.length} characters)`
    : printable;
}
