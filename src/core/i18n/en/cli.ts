import { formatNumber } from "../format.js";
import type { cliFr } from "../fr/cli.js";
import { cliCommandsEn } from "./cli-commands.js";

const n = (value: number, digits?: number) =>
  formatNumber(value, digits === undefined ? {} : { digits }, "en");
const names = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;

/** The command line: help texts, usage errors, command outputs. */
export const cliEn: typeof cliFr = {
  program: {
    description: "oraccle — open-data toolkit for SISE study paths (Oraccle / UNIF)",
    usage: "<command> [options]",
    helpOption: "show help",
    helpCommand: "show the help of a command",
    versionOption: "show the version",
    epilog:
      "Messages in French by default; --lang en (or ORACCLE_LANG=en) for English.\n" +
      "Exit codes: 0 success; 1 a check failed (rows rejected, release refused);\n" +
      "2 wrong usage; 3 unreadable input (file, line, column and value named);\n" +
      "4 output cannot be written; 5 a security precondition is missing (no key, weak key).",
  },
  help: {
    titles: {
      "Usage:": "Usage:",
      "Options:": "Options:",
      "Arguments:": "Arguments:",
      "Commands:": "Commands:",
      "Global Options:": "Global options:",
    },
  },
  placeholders: {
    command: "command",
    kind: "kind",
    folder: "dir",
    file: "file",
    name: "name",
    code: "code",
    integer: "integer",
    n: "n",
    range: "years",
    format: "format",
    encoding: "encoding",
    year: "year",
    list: "list",
    uai: "uai",
    indicator: "indicator",
    columns: "columns",
    column: "column",
    treatment: "treatment",
    method: "method",
    cost: "cost",
    label: "label",
  },
  options: {
    input: "SISE extract folder (inscriNN / resultNN, .parquet or .csv)",
    out: "folder to write to",
    policy: "disclosure policy: oraccle-k5 (default), insee-entreprises or dgfip-11",
    report: "also write the report as JSON to this file",
    lang: "language of messages: fr (default) or en; also ORACCLE_LANG",
  },
  errors: {
    missingOptions: (flags, _command) =>
      flags.length === 1 ? `option ${flags[0]} is required.` : `options ${names(flags)} are required.`,
    notAnInteger: (flag, raw, min, max) =>
      `${flag} takes a whole number${
        min !== undefined && max !== undefined
          ? ` from ${min} to ${max}`
          : min !== undefined
            ? ` of at least ${min}`
            : max !== undefined
              ? ` of at most ${max}`
              : ""
      }, not '${raw}'.`,
    notAChoice: (flag, raw, choices) => `${flag} is ${choices.join(", ")}, not '${raw}'.`,
    emptyList: (flag) => `${flag} takes a comma-separated list of names.`,
    cannotWrite: (path, reason) => `cannot write '${path}' (${reason}); choose a writable location.`,
    unknownLanguage: (code) => `unknown language '${code}': --lang is fr or en.`,
    unknownOption: (flag) => `unknown option: ${flag}.`,
    unknownCommand: (name) => `unknown command '${name}'.`,
    optionMissingValue: (flags) => `option ${flags} needs a value.`,
    excessArguments: "too many arguments.",
    missingArgument: (name) => `missing argument ${name}.`,
    conflictingOptions: (flags) => `options ${names(flags)} exclude each other.`,
    seeHelp: (command) =>
      command ? `See 'oraccle ${command} --help'.` : "See 'oraccle --help' for the list of commands.",
  },
  commands: cliCommandsEn,
  generate: {
    badRentrees: (raw) => `--rentrees looks like 2015-2024, not '${raw}'.`,
    progress: (done, total) =>
      `generating: ${n((100 * done) / total, 1).padStart(5)} % (${n(done)} / ${n(total)} students)`,
    done: (files, out, rows, students, seconds) =>
      `wrote ${n(files)} files to ${out}: ${n(rows)} rows, ${n(students)} students simulated, ${n(seconds, 1)} s`,
  },
  trajectories: {
    sankeyTitle: "Paths from one year to the next (principal enrolments)",
    sankeyPageTitle: "Study paths",
    rejectedWarning: (rows, input) =>
      `warning: ${n(rows)} input rows were rejected by validation; details: oraccle validate --input ${input}`,
  },
  indicators: {
    vaNeedsOut: "--va needs --va-out <file>.",
    outsideExtract: (rentree, first, last) =>
      `cohort ${rentree} is outside the extract (rentrées ${first}–${last}).`,
  },
  check: {
    kindArgument: "the kind of check (oraccle check <kind>)",
    valueRequired: "a table needs --value (or --frequency).",
    policyConflict: "give --policy or --policy-file, not both.",
  },
  pseudonymise: {
    sameFile: "--output must differ from --input: the original is never overwritten.",
    keyConflict: "give --key-file or --key-env, not both.",
    bitsMultiple: (bits) => `--bits is a multiple of 8 from 64 to 256, not '${bits}'.`,
  },
};
