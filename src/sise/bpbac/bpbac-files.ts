import { messages } from "../../core/i18n/messages.js";
import type { SourceFile } from "../list-sise-files.js";
import { listYearlyFiles } from "../list-yearly-files.js";

const BPBAC_FILE_NAME = /^bpbac(\d{2})\.(csv|parquet)$/i;

/**
 * Lists the yearly BPBAC files of a folder (`bpbacYY.csv` or `.parquet`, any letter case), sorted
 * by rentrée; other entries are returned apart, to be listed in the report.
 *
 * @throws InputError when the folder does not exist, holds no BPBAC file, or holds one rentrée
 * twice (`bpbac22.csv` and `bpbac22.parquet`).
 * @example
 * listBpbacFiles("data/bpbac").files.map((f) => f.name); // ["bpbac15.parquet", …]
 */
export function listBpbacFiles(dir: string): { files: SourceFile[]; ignored: string[] } {
  const { files, ignored } = listYearlyFiles(dir, {
    pattern: BPBAC_FILE_NAME,
    sourceOf: () => "bpbac" as const,
    ...messages().sise.read.bpbacFolder,
  });
  files.sort((a, b) => a.rentree - b.rentree);
  return { files, ignored };
}
