import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import pl from "nodejs-polars";
import { ExitCode, InputError, OraccleError } from "../../core/errors.js";
import { messages } from "../../core/i18n/messages.js";
import { createPseudonymiser } from "../../disclosure/pseudonymisation/create-pseudonymiser.js";
import { loadPseudonymisationKey } from "../../disclosure/pseudonymisation/pseudonymisation-key.js";
import { defineCommand } from "../command.js";
import { inputFile } from "../options.js";
import { integerOption, listOption, usageError } from "../parse-option.js";

type PseudonymiseOptions = {
  input: string;
  output: string;
  columns: string;
  keyFile?: string;
  keyEnv?: string;
  bits: string;
  context?: string;
};

/**
 * `oraccle pseudonymise`: keyed pseudonymisation of identifier columns of a CSV file. Loads and
 * checks the key before reading anything; exits 5 (`ExitCode.security`) without a strong key.
 *
 * @example
 * // ORACCLE_PSEUDONYMISATION_KEY=$(openssl rand -hex 32) oraccle pseudonymise --input inscri.csv --output inscri-p.csv --columns id_etu --bits 128
 */
export const pseudonymiseCommand = defineCommand<PseudonymiseOptions>({
  name: "pseudonymise",
  options: [
    inputFile,
    { name: "output", value: "file", required: true },
    { name: "columns", value: "list", required: true },
    { name: "key-file", value: "file" },
    { name: "key-env", value: "name" },
    { name: "bits", value: "n", default: "256" },
    { name: "context", value: "label" },
  ],
  async action(values, io) {
    const text = messages().cli.pseudonymise;
    if (resolve(values.input) === resolve(values.output)) throw usageError(text.sameFile);
    if (values.keyFile !== undefined && values.keyEnv !== undefined) throw usageError(text.keyConflict);
    const bits = integerOption("--bits", values.bits, { min: 64, max: 256 });
    if (bits % 8 !== 0) throw usageError(text.bitsMultiple(bits));
    // The key first: nothing is read or written without a strong key.
    const key =
      values.keyFile !== undefined
        ? loadPseudonymisationKey({ file: values.keyFile })
        : loadPseudonymisationKey(values.keyEnv !== undefined ? { variable: values.keyEnv } : {});
    const pseudonymise = createPseudonymiser(
      values.context === undefined ? { key, bits } : { key, bits, context: values.context },
    );
    const columns = listOption("--columns", values.columns);
    let frame: pl.DataFrame;
    try {
      frame = pl.readCSV(readFileSync(values.input), { inferSchemaLength: 0 });
    } catch (error) {
      throw new InputError(
        `cannot read the CSV file (${(error as Error).message})`,
        { file: values.input },
        undefined,
        {
          cause: error,
        },
      );
    }
    for (const column of columns) {
      if (!frame.columns.includes(column)) {
        throw new InputError(`no column '${column}' in the header`, { file: values.input, line: 1, column });
      }
    }
    let count = 0;
    for (const column of columns) {
      const pseudonyms = (frame.getColumn(column).toArray() as (string | null)[]).map((id) => {
        if (id === null) return null;
        count += 1;
        return pseudonymise(id);
      });
      frame = frame.withColumn(pl.Series(column, pseudonyms, pl.Utf8));
    }
    try {
      frame.writeCSV(values.output);
    } catch (error) {
      throw new OraccleError(
        `cannot write '${values.output}' (${(error as Error).message})`,
        ExitCode.output,
        {
          cause: error,
        },
      );
    }
    io.stdout(
      `pseudonymised ${count} identifier(s) in ${columns.join(", ")} (HMAC-SHA-256, ${bits} bits) → ${values.output}\n` +
        "reminder: pseudonymised data are still personal data; run 'oraccle check' before any release\n",
    );
    return ExitCode.ok;
  },
});
