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
    duplicate: "two files hold the same rentrée",
    none: "no BPBAC file found (expected names like bpbac22.csv or bpbac22.parquet)",
    folderHint: "give the folder holding the bpbacYY files",
    openHint: "check the path of the BPBAC folder",
    noneHint: "put the yearly bpbacYY files in this folder, or point at the right folder",
  });
  files.sort((a, b) => a.rentree - b.rentree);
  return { files, ignored };
}
