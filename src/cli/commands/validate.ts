import type { CsvEncoding } from "../../core/decode-csv-text.js";
import { ExitCode } from "../../core/errors.js";
import { writeFileAtomically } from "../../publish/atomic-output.js";
import { formatValidationReport } from "../../sise/format-validation-report.js";
import { readSise } from "../../sise/read-sise.js";
import { defineCommand } from "../command.js";
import { inputFolder, reportFile } from "../options.js";
import { choiceOption } from "../parse-option.js";

type ValidateOptions = {
  input: string;
  report?: string;
  rejects?: string;
  strictCodes: boolean;
  encoding: string;
};

/**
 * \`oraccle validate\`: reads a SISE extract folder with \`readSise\`, prints the validation
 * report, optionally writes it as JSON (\`--report\`) and the rejected rows as CSV (\`--rejects\`).
 * Exits 0 when every row is accepted (warnings allowed), 1 when rows were rejected, 3 when a file
 * cannot be read at all.
 *
 * @example
 * await runCli(["validate", "--input", "extract", "--rejects", "rejects.csv"], processIO());
 */
export const validateCommand = defineCommand<ValidateOptions>({
  name: "validate",
  parameters: { rejectsFile: "rejects" },
  options: [
    inputFolder,
    reportFile,
    { name: "rejects", value: "file" },
    { name: "strict-codes", default: false },
    { name: "encoding", value: "encoding", default: "auto" },
  ],
  async action(options, io) {
    const encoding = choiceOption("--encoding", options.encoding, ["auto", "utf8", "latin1"] as const);
    const { report } = readSise(options.input, {
      encoding: encoding satisfies CsvEncoding,
      strictCodes: options.strictCodes,
      ...(options.rejects !== undefined ? { rejectsFile: options.rejects } : {}),
    });
    io.stdout(formatValidationReport(report, { rejectsFile: options.rejects }));
    if (options.report !== undefined)
      writeFileAtomically(options.report, `${JSON.stringify(report, null, 2)}\n`);
    return report.ok ? ExitCode.ok : ExitCode.checkFailed;
  },
});
