import { parseArgs } from "node:util";
import { ExitCode, OraccleError } from "../../core/errors.js";
import { generateSise } from "../../sise/generator/generate-sise.js";
import type { Command } from "../command.js";

const USAGE = `oraccle generate --seed S --entrants N --out DIR [options]

Generates a synthetic SISE extract (Île-de-France-like universities, calibrated on the MESR
national cohort indicators): one inscriYY and one resultYY file per rentrée, with the columns
of docs/data-model.md. The same seed and options give byte-identical files.

Options:
  --seed S              integer seed of every random draw (required)
  --entrants N          néo-bacheliers entering each rentrée; other entrants are proportional (required)
  --rentrees A-B        rentrées written, e.g. 2015-2024 (default 2015-2024)
  --out DIR             output folder (created if needed; must not already hold SISE files)
  --format parquet|csv  file format (default parquet; csv is comma-separated UTF-8)
  --warmup K            cohorts simulated before the first rentrée (default 5)
  --force               replace the SISE files already in DIR

Examples:
  oraccle generate --seed 20240901 --entrants 3000 --out data/sise
  oraccle generate --seed 7 --entrants 470000 --rentrees 2022-2022 --out /tmp/national --format csv`;

function usage(message: string): OraccleError {
  return new OraccleError(`${message}\n\n${USAGE}`, ExitCode.usage);
}

function integer(name: string, text: string | undefined): number {
  if (text === undefined) throw usage(`--${name} is required`);
  if (!/^-?\d+$/.test(text)) throw usage(`--${name} must be an integer, got '${text}'`);
  return Number(text);
}

/**
 * `oraccle generate`: writes a synthetic SISE extract (see `generateSise`). Progress is drawn on
 * stderr only when it is a terminal; a one-line summary goes to stdout.
 *
 * @example
 * // oraccle generate --seed 42 --entrants 3000 --rentrees 2015-2024 --out data/sise
 */
export const generateCommand: Command = {
  name: "generate",
  summary: "generate a calibrated synthetic SISE extract (inscriptions and résultats per rentrée)",
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        seed: { type: "string" },
        entrants: { type: "string" },
        rentrees: { type: "string" },
        out: { type: "string" },
        format: { type: "string" },
        warmup: { type: "string" },
        force: { type: "boolean" },
      },
    });
    if (positionals.length > 0) throw usage(`unexpected argument '${positionals[0]}'`);
    const seed = integer("seed", values.seed);
    const entrants = integer("entrants", values.entrants);
    if (entrants < 1) throw usage(`--entrants must be at least 1, got ${entrants}`);
    const range = /^(\d{4})(?:-(\d{4}))?$/.exec(values.rentrees ?? "2015-2024");
    if (!range) throw usage(`--rentrees must look like 2015-2024, got '${values.rentrees}'`);
    const firstRentree = Number(range[1]);
    const lastRentree = Number(range[2] ?? range[1]);
    if (!values.out) throw usage("--out DIR is required");
    const format = values.format ?? "parquet";
    if (format !== "parquet" && format !== "csv")
      throw usage(`--format must be parquet or csv, got '${format}'`);
    const warmupYears = values.warmup === undefined ? 5 : integer("warmup", values.warmup);
    const started = Date.now();
    let lastDraw = 0;
    const summary = await generateSise(
      {
        seed,
        entrants,
        firstRentree,
        lastRentree,
        warmupYears,
        onProgress: io.interactive
          ? (done, total) => {
              const now = Date.now();
              if (now - lastDraw < 200 && done < total) return;
              lastDraw = now;
              const pct = ((100 * done) / total).toFixed(1).padStart(5);
              io.stderr(
                `\rgenerating: ${pct} % (${done.toLocaleString("en")} / ${total.toLocaleString("en")} students)`,
              );
              if (done === total) io.stderr("\n");
            }
          : undefined,
      },
      values.out,
      format,
      values.force ?? false,
    );
    const totalRows = Object.values(summary.rows).reduce((a, b) => a + b, 0);
    io.stdout(
      `wrote ${summary.files.length} files to ${values.out}: ${totalRows.toLocaleString("en")} rows, ${summary.students.toLocaleString("en")} students simulated, ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
    );
    return ExitCode.ok;
  },
};
