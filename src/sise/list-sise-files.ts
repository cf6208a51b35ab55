import { messages } from "../core/i18n/messages.js";
import { listYearlyFiles } from "./list-yearly-files.js";

/** Which SISE source a file holds: enrolments (`inscriYY`) or diploma results (`resultYY`). */
export type SiseSource = "inscriptions" | "resultats";

/**
 * Every source the reader's checks run on: the two SISE sources, BPBAC (lycée post-bac
 * classes, `src/sise/bpbac/`) and an establishment's extract (`src/linkage/`), all read with the
 * same framework.
 *
 * @example
 * const s: CheckedSource = "bpbac";
 */
export type CheckedSource = SiseSource | "bpbac" | "etablissement";

/**
 * One yearly file of a SISE extract folder.
 *
 * @example
 * const f: SiseFile = { path: "data/sise/inscri22.csv", name: "inscri22.csv", source: "inscriptions", rentree: 2022, format: "csv" };
 */
export interface SiseFile {
  /** Full path (folder joined with the name). */
  path: string;
  /** File name as found in the folder. */
  name: string;
  /** Source the file name announces. */
  source: SiseSource;
  /** Rentrée given by the two digits of the name (`inscri22` → 2022; 90–99 → 1990s). */
  rentree: number;
  /** File format, from the extension. */
  format: "csv" | "parquet";
}

/**
 * A yearly file of any checked source (SISE or BPBAC): what the raw readers need.
 *
 * @example
 * const f: SourceFile = { path: "data/bpbac/bpbac22.csv", name: "bpbac22.csv", source: "bpbac", rentree: 2022, format: "csv" };
 */
export interface SourceFile extends Omit<SiseFile, "source"> {
  /** Source the file name announces. */
  source: CheckedSource;
}

/**
 * The SISE files of a folder and the other entries it holds.
 *
 * @example
 * const { files, ignored } = listSiseFiles("data/sise");
 */
interface SiseFolder {
  /** `inscriYY` and `resultYY` files (`.csv` or `.parquet`, any letter case), sorted by source then rentrée. */
  files: SiseFile[];
  /** Names of the entries that are not SISE files (sorted); they are left alone and listed in the report. */
  ignored: string[];
}

const SISE_FILE_NAME = /^(inscri|result)(\d{2})\.(csv|parquet)$/i;

/**
 * Lists the yearly SISE files of an extract folder: `inscriYY` (inscriptions) and `resultYY`
 * (résultats), as `.csv` or `.parquet`. Other files are ignored (and listed).
 *
 * @throws InputError when the folder does not exist, holds no SISE file, or holds the same
 * source and year twice (`inscri22.csv` and `inscri22.parquet`).
 * @example
 * listSiseFiles("data/sise").files.map((f) => f.name); // ["inscri15.parquet", …, "result24.parquet"]
 */
export function listSiseFiles(dir: string): SiseFolder {
  const { files, ignored } = listYearlyFiles<SiseSource>(dir, {
    pattern: SISE_FILE_NAME,
    sourceOf: (match) => (match[1]!.toLowerCase() === "inscri" ? "inscriptions" : "resultats"),
    ...messages().sise.read.siseFolder,
  });
  files.sort((a, b) => (a.source === b.source ? a.rentree - b.rentree : a.source < b.source ? -1 : 1));
  return { files, ignored };
}
