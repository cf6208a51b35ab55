import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import pl from "nodejs-polars";
import { ExitCode, InputError, OraccleError } from "../../core/errors.js";
import { createPseudonymiser } from "../../disclosure/pseudonymisation/create-pseudonymiser.js";
import {
  loadPseudonymisationKey,
  PSEUDONYMISATION_KEY_VARIABLE,
} from "../../disclosure/pseudonymisation/pseudonymisation-key.js";
import type { Command } from "../command.js";

const USAGE = `oraccle pseudonymise --input FILE --output FILE --columns id_etu [options]

Replaces identifiers (INE, student numbers) by HMAC-SHA-256 pseudonyms under a secret key.
This is PSEUDONYMISATION, NOT ANONYMISATION: the output is still personal data (GDPR recital 26);
only data that pass 'oraccle check' may be opened.

The key (at least 256 bits, e.g. 'openssl rand -hex 32') is read from a file or from an
environment variable, never from the command line; there is no default key. Without a key, or
with a weak one, the command stops with exit code 5. Use a new key for every release.

Options:
  --input FILE        CSV file (comma-separated, header on line 1)
  --output FILE       where to write the pseudonymised CSV (must differ from --input)
  --columns a,b       columns holding identifiers (empty cells stay empty)
  --key-file FILE     file holding the key (hex, or base64: prefix)
  --key-env NAME      environment variable holding the key (default ${PSEUDONYMISATION_KEY_VARIABLE})
  --bits N            keep the first N bits of each pseudonym, 64 to 256 (default 256)
  --context LABEL     release label mixed into every pseudonym (unlinkable releases under one key)`;

/**
 * `oraccle pseudonymise`: keyed pseudonymisation of identifier columns of a CSV file. Loads and
 * checks the key before reading anything; exits 5 (`ExitCode.security`) without a strong key.
 *
 * @example
 * // ORACCLE_PSEUDONYMISATION_KEY=$(openssl rand -hex 32) oraccle pseudonymise --input inscri.csv --output inscri-p.csv --columns id_etu --bits 128
 */
export const pseudonymiseCommand: Command = {
  name: "pseudonymise",
  summary: "replace identifiers by keyed HMAC-SHA-256 pseudonyms (pseudonymisation, not anonymisation)",
  usage: USAGE,
  async run(argv, io) {
    const { values } = parseArgs({
      args: argv,
      options: {
        input: { type: "string" },
        output: { type: "string" },
        columns: { type: "string" },
        "key-file": { type: "string" },
        "key-env": { type: "string" },
        bits: { type: "string" },
        context: { type: "string" },
      },
    });
    if (!values.input || !values.output || !values.columns) {
      throw new OraccleError(
        "--input, --output and --columns are required. Run 'oraccle pseudonymise --help'",
        ExitCode.usage,
      );
    }
    if (resolve(values.input) === resolve(values.output)) {
      throw new OraccleError(
        "--output must differ from --input: the original is never overwritten",
        ExitCode.usage,
      );
    }
    if (values["key-file"] !== undefined && values["key-env"] !== undefined) {
      throw new OraccleError("give --key-file or --key-env, not both", ExitCode.usage);
    }
    const bits = values.bits === undefined ? 256 : Number(values.bits);
    if (!Number.isInteger(bits) || bits % 8 !== 0 || bits < 64 || bits > 256) {
      throw new OraccleError(
        `--bits is a multiple of 8 from 64 to 256, not '${values.bits}'`,
        ExitCode.usage,
      );
    }
    // The key first: nothing is read or written without a strong key.
    const key =
      values["key-file"] !== undefined
        ? loadPseudonymisationKey({ file: values["key-file"] })
        : loadPseudonymisationKey(values["key-env"] !== undefined ? { variable: values["key-env"] } : {});
    const pseudonymise = createPseudonymiser(
      values.context === undefined ? { key, bits } : { key, bits, context: values.context },
    );
    const columns = values.columns
      .split(",")
      .map((c) => c.trim())
      .filter((c) => c !== "");
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
};
