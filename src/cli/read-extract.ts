import type pl from "nodejs-polars";
import { messages } from "../core/i18n/messages.js";
import { type BpbacReport, readBpbac } from "../sise/bpbac/read-bpbac.js";
import { readSise, type SiseExtract } from "../sise/read-sise.js";
import { combineSources } from "../trajectories/combine-sources.js";
import type { CommandIO } from "./command.js";

/** The extract a command works on: SISE, or SISE and BPBAC combined. */
export interface CommandExtract {
  inscriptions: pl.DataFrame;
  resultats: pl.DataFrame;
  /** The SISE reading's report. */
  report: SiseExtract["report"];
  /** The BPBAC reading's report, when `--bpbac` was given. */
  bpbacReport?: BpbacReport;
}

/**
 * Reads the SISE extract of `--input` and, when `--bpbac` names a folder, the BPBAC extract,
 * combined with it (`combineSources`: lycée post-bac classes in the SISE columns), and says on
 * stdout how many BPBAC rows were read, accepted and rejected.
 *
 * @example
 * const { inscriptions, resultats } = readExtract(options.input, options.bpbac, io);
 */
export function readExtract(input: string, bpbac: string | undefined, io: CommandIO): CommandExtract {
  const sise = readSise(input);
  if (bpbac === undefined) return sise;
  const { enrolments, report } = readBpbac(bpbac);
  const { rowsRead, rowsAccepted, rowsRejected } = report.totals;
  io.stdout(`${messages().cli.sources.bpbacRead(bpbac, rowsRead, rowsAccepted, rowsRejected)}\n`);
  return { ...combineSources(sise, enrolments), report: sise.report, bpbacReport: report };
}
