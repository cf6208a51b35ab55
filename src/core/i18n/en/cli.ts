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
    address: "address",
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
    bpbac:
      "folder of a BPBAC extract (bpbacNN, .parquet or .csv: lycée post-bac classes, BTS, CPGE…) combined with SISE; default: SISE alone",
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
  sources: {
    bpbacRead: (input, read, accepted, rejected) =>
      `BPBAC (${input}): ${n(read)} rows read = ${n(accepted)} accepted + ${n(rejected)} rejected; lycée post-bac classes combined with SISE`,
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
  risk: {
    title: (records: number, keys: readonly string[]) =>
      `Re-identification risk: ${n(records)} records, key variables ${keys.join(", ")}`,
    classes: (classes: number) => `Distinct key combinations: ${n(classes)}`,
    fk: (unique: number, two: number, threeFour: number, five: number, mean: number) =>
      `Frequencies fk: ${n(unique)} unique (fk = 1), ${n(two)} in pairs, ${n(threeFour)} with fk 3 to 4, ${n(five)} with fk ≥ 5; mean fk ${n(mean, 2)}`,
    Fk: (mean: number, min: number, belowFive: number) =>
      `Weighted frequencies Fk: mean ${n(mean, 1)}, minimum ${n(min, 1)}, ${n(belowFive)} records with Fk < 5`,
    kAnonymity: (k: number, records: number, share: number, classes: number) =>
      `  ${k}-anonymity: ${n(records)} violating records (${n(100 * share, 1)} %), ${n(classes)} combinations`,
    kHeading: "k-anonymity (records whose key combination is shared by fewer than k):",
    riskHeading: "Individual risk (sdcMicro indivRisk):",
    quantiles: (min: number, q1: number, median: number, q3: number, p90: number, p99: number, max: number) =>
      `  min ${n(min, 4)}; 1st quartile ${n(q1, 4)}; median ${n(median, 4)}; 3rd quartile ${n(q3, 4)}; 90 % ${n(p90, 4)}; 99 % ${n(p99, 4)}; max ${n(max, 4)}`,
    above: (threshold: number, records: number) => `  above ${n(threshold, 2)}: ${n(records)} records`,
    global: (er: number, rate: number, high: number) =>
      `Global risk: ${n(er, 2)} expected re-identifications (ER), ${n(100 * rate, 2)} % of the records; ${n(high)} records with a much higher risk`,
    sudaHeading: (maxSize: number, scoring: string) =>
      `SUDA2 (MSUs up to ${maxSize} variables, ${scoring} scores):`,
    suda: (special: number, max: number, dis: number) =>
      `  ${n(special)} records with at least one MSU; highest SUDA score ${n(max, 1)}; DIS ${n(dis, 4)}`,
    disTable: (interval: string, records: number) => `  DIS-SUDA ${interval}: ${n(records)}`,
    contribution: (variable: string, share: number) => `  contribution of ${variable}: ${n(share, 1)} %`,
    sudaSkipped: "SUDA2 not computed (--max-msu 0).",
    note: "A measurement only: no rule is applied (to decide, oraccle check).",
  },
  utility: {
    headline: (
      within: number | null,
      formations: number,
      minSize: number,
      points: number,
      unusable: number | null,
    ) =>
      `  utility          ${within === null ? "withheld" : `${n(within)} of ${n(formations)} formations of at least ${n(minSize)} students within ± ${n(points)} points`}` +
      `${unusable === null ? "" : `; ${n(100 * unusable, 1)} % of formations unusable`} (utilite.json)`,
  },
  pseudonymise: {
    sameFile: "--output must differ from --input: the original is never overwritten.",
    keyConflict: "give --key-file or --key-env, not both.",
    bitsMultiple: (bits) => `--bits is a multiple of 8 from 64 to 256, not '${bits}'.`,
  },
  serve: {
    listening: (url: string, folder: string) =>
      `consultation service at ${url} (dataset ${folder}); API: ${url}/api/docs; stop: Ctrl+C`,
  },
};
