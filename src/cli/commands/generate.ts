import { ExitCode } from "../../core/errors.js";
import { messages } from "../../core/i18n/messages.js";
import { generateSise } from "../../sise/generator/generate-sise.js";
import { defineCommand } from "../command.js";
import { outFolder } from "../options.js";
import { choiceOption, integerOption, usageError } from "../parse-option.js";

type GenerateOptions = {
  seed: string;
  entrants: string;
  rentrees: string;
  out: string;
  format: string;
  warmup: string;
  force: boolean;
};

/**
 * `oraccle generate`: writes a synthetic SISE extract (see `generateSise`). Progress is drawn on
 * stderr only when it is a terminal; a one-line summary goes to stdout.
 *
 * @example
 * // oraccle generate --seed 42 --entrants 3000 --rentrees 2015-2024 --out data/sise
 */
export const generateCommand = defineCommand<GenerateOptions>({
  name: "generate",
  parameters: { overwrite: "force" },
  options: [
    { name: "seed", value: "integer", required: true },
    { name: "entrants", value: "n", required: true },
    { name: "rentrees", value: "range", default: "2015-2024" },
    outFolder,
    { name: "format", value: "format", default: "parquet" },
    { name: "warmup", value: "n", default: "5" },
    { name: "force", default: false },
  ],
  async action(options, io) {
    const text = messages().cli.generate;
    const seed = integerOption("--seed", options.seed);
    const entrants = integerOption("--entrants", options.entrants, { min: 1 });
    const range = /^(\d{4})(?:-(\d{4}))?$/.exec(options.rentrees);
    if (!range) throw usageError(text.badRentrees(options.rentrees));
    const format = choiceOption("--format", options.format, ["parquet", "csv"] as const);
    const warmupYears = integerOption("--warmup", options.warmup, { min: 0 });
    const started = Date.now();
    let lastDraw = 0;
    const summary = await generateSise(
      {
        seed,
        entrants,
        firstRentree: Number(range[1]),
        lastRentree: Number(range[2] ?? range[1]),
        warmupYears,
        onProgress: io.interactive
          ? (done, total) => {
              const now = Date.now();
              if (now - lastDraw < 200 && done < total) return;
              lastDraw = now;
              io.stderr(`\r${text.progress(done, total)}`);
              if (done === total) io.stderr("\n");
            }
          : undefined,
      },
      options.out,
      format,
      options.force,
    );
    const rows = Object.values(summary.rows).reduce((a, b) => a + b, 0);
    const seconds = (Date.now() - started) / 1000;
    io.stdout(`${text.done(summary.files.length, options.out, rows, summary.students, seconds)}\n`);
    return ExitCode.ok;
  },
});
