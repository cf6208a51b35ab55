import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { InputError } from "../core/errors.js";
import { messages } from "../core/i18n/messages.js";

/**
 * How one source names its yearly files, and what to tell the user when a folder does not fit.
 *
 * @example
 * const spec: YearlyFileSpec<"bpbac"> = {
 *   pattern: /^bpbac(\d{2})\.(csv|parquet)$/i,
 *   sourceOf: () => "bpbac",
 *   duplicate: "two files hold the same rentrée",
 *   none: "no BPBAC file found",
 *   folderHint: "give the folder holding the bpbacYY files",
 *   openHint: "check the path of the BPBAC folder",
 *   noneHint: "put the yearly bpbacYY files in this folder",
 * };
 */
export interface YearlyFileSpec<S extends string> {
  /** File name pattern; its last two groups are the two-digit year and the extension. */
  pattern: RegExp;
  /** The source a matching name holds. */
  sourceOf: (match: RegExpExecArray) => S;
  /** Message when two files hold the same source and rentrée. */
  duplicate: string;
  /** Message when the folder holds no file of the source. */
  none: string;
  /** Hint when the path is not a folder. */
  folderHint: string;
  /** Hint when the folder cannot be opened. */
  openHint: string;
  /** Hint when the folder holds no file of the source. */
  noneHint: string;
}

/**
 * One yearly file found by {@link listYearlyFiles}.
 *
 * @example
 * const f: YearlyFile<"bpbac"> = { path: "d/bpbac22.csv", name: "bpbac22.csv", source: "bpbac", rentree: 2022, format: "csv" };
 */
export interface YearlyFile<S extends string> {
  path: string;
  name: string;
  source: S;
  rentree: number;
  format: "csv" | "parquet";
}

/**
 * Lists the yearly files of a folder that match `spec.pattern`, in name order; other entries are
 * returned apart, to be listed in the report. Two-digit years from 90 are read as 19YY.
 *
 * @throws InputError when the folder does not exist, holds no matching file, or holds the same
 * source and rentrée twice (`inscri22.csv` and `inscri22.parquet`).
 * @example
 * listYearlyFiles("data/bpbac", spec).files.map((f) => f.rentree); // [2015, …]
 */
export function listYearlyFiles<S extends string>(
  dir: string,
  spec: YearlyFileSpec<S>,
): { files: YearlyFile<S>[]; ignored: string[] } {
  const files: YearlyFile<S>[] = [];
  const ignored: string[] = [];
  const seen = new Map<string, string>();
  for (const name of folderEntries(dir, spec)) {
    const match = spec.pattern.exec(name);
    if (!match) {
      ignored.push(name);
      continue;
    }
    const source = spec.sourceOf(match);
    const yy = Number(match[match.length - 2]);
    const rentree = yy >= 90 ? 1900 + yy : 2000 + yy;
    const previous = seen.get(`${source}${rentree}`);
    if (previous !== undefined) {
      throw new InputError(
        messages().sise.read.duplicateFiles(spec.duplicate, previous, name),
        { file: join(dir, name) },
        messages().sise.read.keepOneHint,
      );
    }
    seen.set(`${source}${rentree}`, name);
    const format = match[match.length - 1]!.toLowerCase() === "csv" ? "csv" : "parquet";
    files.push({ path: join(dir, name), name, source, rentree, format });
  }
  if (files.length === 0) throw new InputError(spec.none, { file: dir }, spec.noneHint);
  return { files, ignored };
}

function folderEntries(dir: string, spec: YearlyFileSpec<string>): string[] {
  try {
    if (!statSync(dir).isDirectory())
      throw new InputError(messages().sise.read.notAFolder, { file: dir }, spec.folderHint);
    return readdirSync(dir).sort();
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(
      messages().sise.read.cannotOpenFolder((error as NodeJS.ErrnoException).code ?? String(error)),
      { file: dir },
      spec.openHint,
      { cause: error },
    );
  }
}
