import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { InputError } from "../../core/errors.js";
import type { SourceFile } from "../list-sise-files.js";

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
  let entries: string[];
  try {
    if (!statSync(dir).isDirectory())
      throw new InputError("not a folder", { file: dir }, "give the folder holding the bpbacYY files");
    entries = readdirSync(dir).sort();
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(
      `cannot open the folder (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
      { file: dir },
      "check the path of the BPBAC folder",
      { cause: error },
    );
  }
  const files: SourceFile[] = [];
  const ignored: string[] = [];
  const seen = new Map<number, string>();
  for (const name of entries) {
    const match = BPBAC_FILE_NAME.exec(name);
    if (!match) {
      ignored.push(name);
      continue;
    }
    const yy = Number(match[1]);
    const rentree = yy >= 90 ? 1900 + yy : 2000 + yy;
    const previous = seen.get(rentree);
    if (previous !== undefined) {
      throw new InputError(
        `two files hold the same rentrée ('${previous}' and '${name}')`,
        { file: join(dir, name) },
        "keep only one of them in the folder",
      );
    }
    seen.set(rentree, name);
    const format = match[2]!.toLowerCase() === "csv" ? "csv" : "parquet";
    files.push({ path: join(dir, name), name, source: "bpbac", rentree, format });
  }
  if (files.length === 0) {
    throw new InputError(
      "no BPBAC file found (expected names like bpbac22.csv or bpbac22.parquet)",
      { file: dir },
      "put the yearly bpbacYY files in this folder, or point at the right folder",
    );
  }
  files.sort((a, b) => a.rentree - b.rentree);
  return { files, ignored };
}
