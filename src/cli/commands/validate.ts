import { renameSync, rmSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import type { CsvEncoding } from "../../core/decode-csv-text.js";
import { ExitCode, OraccleError } from "../../core/errors.js";
import { formatValidationReport } from "../../sise/format-validation-report.js";
import { readSise } from "../../sise/read-sise.js";
import type { Command } from "../command.js";

const USAGE = `oraccle validate — read and check a folder of SISE files (inscriYY / resultYY, CSV or Parquet)

Usage: oraccle validate --input DIR [--report FILE] [--rejects FILE] [--strict-codes] [--encoding auto|utf8|latin1]

Options:
  --input DIR        folder holding inscri15.csv … result24.parquet (required)
  --report FILE      also write the validation report as JSON to FILE
  --rejects FILE     write every rejected row (file, line, column, value, reason, message) as CSV to FILE
  --strict-codes     reject rows whose codes are not in the SISE code lists (default: report them only)
  --encoding E       CSV encoding: auto (default: UTF-8 with or without BOM, else Windows-1252), utf8, latin1

The report is printed on stdout. Exit codes: 0 every row accepted; 1 rows were rejected;
2 wrong usage; 3 a file cannot be read (file, line, column and value are named); 4 an output
file cannot be written.`;

/**
 * \`oraccle validate\`: reads a SISE extract folder with \`readSise\`, prints the validation
 * report, optionally writes it as JSON (\`--report\`) and the rejected rows as CSV (\`--rejects\`).
 * Exits 0 when every row is accepted (warnings allowed), 1 when rows were rejected, 3 when a file
 * cannot be read at all.
 *
 * @example
 * await runCli(["validate", "--input", "extract", "--rejects", "rejects.csv"], processIO());
 */
export const validateCommand: Command = {
  name: "validate",
  summary: "read and check a SISE extract folder (CSV/Parquet): report, rejected rows, row accounting",
  usage: USAGE,
  async run(argv, io) {
    const { values } = parseArgs({
      args: argv,
      options: {
        input: { type: "string" },
        report: { type: "string" },
        rejects: { type: "string" },
        "strict-codes": { type: "boolean", default: false },
        encoding: { type: "string", default: "auto" },
      },
      strict: true,
      allowPositionals: false,
    });
    if (!values.input)
      throw new OraccleError("--input DIR is required (the folder holding the SISE files)", ExitCode.usage);
    if (!["auto", "utf8", "latin1"].includes(values.encoding)) {
      throw new OraccleError(
        `--encoding must be auto, utf8 or latin1, not '${values.encoding}'`,
        ExitCode.usage,
      );
    }
    const { report } = readSise(values.input, {
      encoding: values.encoding as CsvEncoding,
      strictCodes: values["strict-codes"],
      ...(values.rejects !== undefined ? { rejectsFile: values.rejects } : {}),
    });
    io.stdout(formatValidationReport(report, { rejectsFile: values.rejects }));
    if (values.report !== undefined) writeAtomically(values.report, `${JSON.stringify(report, null, 2)}\n`);
    return report.ok ? ExitCode.ok : ExitCode.checkFailed;
  },
};

function writeAtomically(path: string, content: string): void {
  const temporary = `${path}.tmp-${process.pid}`;
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new OraccleError(
      `cannot write '${path}' (${(error as NodeJS.ErrnoException).code ?? String(error)}); choose a writable location`,
      ExitCode.output,
      { cause: error },
    );
  }
}
