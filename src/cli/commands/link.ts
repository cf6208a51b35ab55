import { ExitCode } from "../../core/errors.js";
import { messages } from "../../core/i18n/messages.js";
import { loadPseudonymisationKey } from "../../disclosure/pseudonymisation/pseudonymisation-key.js";
import { formatMatchReport } from "../../linkage/format-match-report.js";
import { linkEstablishmentData } from "../../linkage/link-establishment-data.js";
import { readEstablishmentExtract } from "../../linkage/read-establishment-extract.js";
import { writeFileAtomically } from "../../publish/atomic-output.js";
import { readSise } from "../../sise/read-sise.js";
import { defineCommand } from "../command.js";
import { reportFile } from "../options.js";
import { integerOption, usageError } from "../parse-option.js";

type LinkCliOptions = {
  extract: string;
  sise: string;
  uai: string;
  correspondance?: string;
  keyFile?: string;
  keyEnv?: string;
  bits: string;
  report?: string;
  out?: string;
  rejects?: string;
};

/**
 * `oraccle link`: reads an establishment extract, links it to the establishment's SISE enrolments
 * by the keyed INE hash and prints the match report in French. Loads and checks the key before
 * reading anything: exits 5 without a strong key; 1 when extract rows were rejected.
 *
 * @example
 * // oraccle link --extract extrait.csv --sise data/sise --uai 0911975C --key-file cle.txt --report appariement.json
 */
export const linkCommand = defineCommand<LinkCliOptions>({
  name: "link",
  options: [
    { name: "extract", value: "file", required: true },
    { name: "sise", value: "folder", required: true },
    { name: "uai", value: "code", required: true },
    { name: "correspondance", value: "file" },
    { name: "key-file", value: "file" },
    { name: "key-env", value: "name" },
    { name: "bits", value: "n", default: "64" },
    reportFile,
    { name: "out", value: "file" },
    { name: "rejects", value: "file" },
  ],
  async action(values, io) {
    if (values.keyFile !== undefined && values.keyEnv !== undefined)
      throw usageError(messages().cli.pseudonymise.keyConflict);
    const bits = integerOption("--bits", values.bits, { min: 64, max: 256 });
    // The key first: nothing is read without a strong key.
    const key =
      values.keyFile !== undefined
        ? loadPseudonymisationKey({ file: values.keyFile })
        : loadPseudonymisationKey(values.keyEnv !== undefined ? { variable: values.keyEnv } : {});
    const extract = readEstablishmentExtract(values.extract, {
      ...(values.correspondance !== undefined ? { correspondence: values.correspondance } : {}),
      ...(values.rejects !== undefined ? { rejectsFile: values.rejects } : {}),
    });
    const { inscriptions } = readSise(values.sise);
    const result = linkEstablishmentData(extract, inscriptions, { key, uai: values.uai, bits });
    io.stdout(formatMatchReport(result.report));
    if (values.report !== undefined)
      writeFileAtomically(values.report, `${JSON.stringify(result.report, null, 2)}\n`);
    if (values.out !== undefined) {
      writeFileAtomically(values.out, result.enrolments.writeCSV().toString());
    }
    return extract.report.ok ? ExitCode.ok : ExitCode.checkFailed;
  },
});
