import { messages } from "./i18n/messages.js";

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
 * What went wrong, from the user's side; each kind has one exit code ({@link EXIT_CODE_OF_KIND}).
 *
 * - `refused`: a check ran and said no (a disclosure gate, a validation in strict mode)
 * - `parameter`: a parameter (a CLI option, a function argument) has a value the call cannot take
 * - `input`: the data read are unreadable or malformed (file, line, column and value are named)
 * - `output`: the result cannot be written
 * - `security`: a security precondition is missing (no pseudonymisation key, a weak key)
 */
export type ErrorKind = "refused" | "parameter" | "input" | "output" | "security";

/** The one mapping from error kinds to process exit codes. */
export const EXIT_CODE_OF_KIND: Readonly<Record<ErrorKind, ExitCode>> = {
  refused: ExitCode.checkFailed,
  parameter: ExitCode.usage,
  input: ExitCode.input,
  output: ExitCode.output,
  security: ExitCode.security,
};

function kindOfExitCode(code: ExitCode): ErrorKind {
  const found = (Object.keys(EXIT_CODE_OF_KIND) as ErrorKind[]).find(
    (kind) => EXIT_CODE_OF_KIND[kind] === code,
  );
  return found ?? "refused";
}

/**
 * The one error family of the toolkit: every error raised on purpose for the user is an
 * `OraccleError` of some {@link ErrorKind}. Its message is written for the user (in French unless
 * English is chosen, see `messages()`): what is wrong and what to do. Anything else thrown is a bug.
 *
 * @example
 * throw new OraccleError("politique « k3 » inconnue : oraccle-k5, insee-entreprises ou dgfip-11", "parameter");
 */
export class OraccleError extends Error {
  /** What went wrong, from the user's side. */
  readonly kind: ErrorKind;
  /** The process exit code the CLI uses for this error (from {@link EXIT_CODE_OF_KIND}). */
  readonly exitCode: ExitCode;

  /**
   * @param kind the error's kind, or (older form) its exit code; default `refused`.
   */
  constructor(message: string, kind: ErrorKind | ExitCode = "refused", options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
    this.kind = typeof kind === "number" ? kindOfExitCode(kind) : kind;
    this.exitCode = EXIT_CODE_OF_KIND[this.kind];
  }
}

/**
 * A parameter value the call cannot take (kind `parameter`, exit code 2): names the parameter,
 * the value and what it accepts.
 *
 * @example
 * throw new ParameterError(messages().indicators.unknownIndicator("taux", ["passage_en_l2_1_an"]));
 */
export class ParameterError extends OraccleError {
  constructor(message: string, options?: ErrorOptions) {
    super(message, "parameter", options);
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
    super(formatInputProblem(problem, location, hint), "input", options);
    this.location = location;
    this.hint = hint;
  }
}

/** Formats `file:line, column 'c', value 'v': problem. hint` the same way everywhere. */
export function formatInputProblem(problem: string, location: InputLocation, hint?: string): string {
  const text = messages().errors;
  let where = location.file;
  if (location.line !== undefined) where += `:${location.line}`;
  const parts = [where];
  if (location.column !== undefined) parts.push(text.column(location.column));
  if (location.value !== undefined) parts.push(text.value(truncateForDisplay(location.value)));
  return `${parts.join(", ")}${text.colon}${problem}${hint ? `. ${hint}` : ""}`;
}

/** Keeps error messages readable when a value is huge (a corrupt line, a binary blob). */
export function truncateForDisplay(value: string, maxLength = 80): string {
  const printable = value.replace(
    /[\u0000-\u001f\u007f]/g,
    (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`,
  );
  return printable.length > maxLength
    ? `${printable.slice(0, maxLength)}… ${messages().errors.characters(value.length)}`
    : printable;
}
