import type { CommandOption } from "./command.js";

// Options several commands share, declared once; their help text is `cli.options.<key>` in the
// message catalogue unless the command gives its own.

/** `--input <dossier>`: the SISE extract folder (inscriNN / resultNN, Parquet or CSV). Required. */
export const inputFolder: CommandOption = { name: "input", value: "folder", required: true };

/** `--input <fichier>`: one CSV file. Required. */
export const inputFile: CommandOption = { name: "input", value: "file", required: true };

/** `--out <dossier>`: the folder written to. Required. */
export const outFolder: CommandOption = { name: "out", value: "folder", required: true };

/** `--out <fichier>`: the file written to. Required. */
export const outFile: CommandOption = { name: "out", value: "file", required: true };

/** `--policy <nom>`: a disclosure policy by name (oraccle-k5, insee-entreprises, dgfip-11). */
export const policy: CommandOption = { name: "policy", value: "name" };

/** `--report <fichier>`: also write the report as JSON. */
export const reportFile: CommandOption = { name: "report", value: "file" };

/** `--bpbac <dossier>`: a BPBAC extract folder (bpbacNN) combined with SISE. Optional. */
export const bpbacFolder: CommandOption = { name: "bpbac", value: "folder" };

/** `--lang <code>`: the language of every message (fr, en); a program-wide option. */
export const lang: CommandOption = { name: "lang", value: "code" };

/**
 * The same option with `required` set or cleared.
 *
 * @example
 * const optionalInput = withRequired(inputFile, false);
 */
export function withRequired(option: CommandOption, required: boolean): CommandOption {
  return { ...option, required };
}
