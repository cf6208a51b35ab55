import {
  accessSync,
  constants,
  existsSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { ExitCode, OraccleError } from "../core/errors.js";
import { messages } from "../core/i18n/messages.js";

/** Options of {@link writeAtomically}. */
export interface AtomicOutputOptions {
  /** Replace a folder that already holds a dataset (`datapackage.json`). Default `false`. */
  overwrite?: boolean;
}

/**
 * Checks, before any work is done, that `outDir` can receive a dataset: its parent is an
 * existing, writable folder; it is absent, empty, or holds a dataset and `overwrite` is set.
 * {@link writeAtomically} calls it again before moving the result into place.
 *
 * @throws OraccleError with `ExitCode.output` naming the folder and what to do.
 * @example
 * assertOutputFolderUsable("out/open-data", { overwrite: false });
 */
export function assertOutputFolderUsable(outDir: string, options: AtomicOutputOptions = {}): void {
  const target = resolve(outDir);
  const parent = dirname(target);
  if (!existsSync(parent) || !statSync(parent).isDirectory()) {
    throw new OraccleError(
      `output folder '${outDir}': '${parent}' is not an existing folder`,
      ExitCode.output,
    );
  }
  try {
    accessSync(parent, constants.W_OK);
  } catch {
    throw new OraccleError(
      `output folder '${outDir}': cannot write in '${parent}' (permission denied)`,
      ExitCode.output,
    );
  }
  if (existsSync(target)) {
    if (!statSync(target).isDirectory()) {
      throw new OraccleError(`output '${outDir}' exists and is a file, not a folder`, ExitCode.output);
    }
    const holdsDataset = existsSync(join(target, "datapackage.json"));
    const empty = readdirSync(target).length === 0;
    if (holdsDataset && !options.overwrite) {
      throw new OraccleError(
        `output folder '${outDir}' already holds a dataset; choose another folder or pass --overwrite to replace it`,
        ExitCode.output,
      );
    }
    if (!holdsDataset && !empty) {
      throw new OraccleError(
        `output folder '${outDir}' is not empty and does not hold a dataset; refusing to replace it`,
        ExitCode.output,
      );
    }
  }
}

/**
 * Builds an output folder atomically: `build` writes into a fresh temporary folder next to
 * `outDir`; only when it resolves is the temporary folder moved into place (a rename, atomic on
 * one file system). If `build` throws — a disclosure gate refused, a validation failed — the
 * temporary folder is removed and nothing partial is left at `outDir`.
 *
 * Refuses, before doing any work: an output folder whose parent is not writable; a non-empty
 * folder that is not a dataset; a folder holding a dataset unless `overwrite` is set.
 *
 * @example
 * await writeAtomically("out/open-data", async (tmp) => { writeDataPackage(tmp, metadata, tables); }, { overwrite: true });
 */
export async function writeAtomically<T>(
  outDir: string,
  build: (temporaryDir: string) => Promise<T>,
  options: AtomicOutputOptions = {},
): Promise<T> {
  assertOutputFolderUsable(outDir, options);
  const target = resolve(outDir);
  const parent = dirname(target);
  const temporary = mkdtempSync(join(parent, `.${basename(target)}.tmp-`));
  let result: T;
  try {
    result = await build(temporary);
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    throw error;
  }
  if (existsSync(target)) {
    const previous = `${temporary}.previous`;
    renameSync(target, previous);
    renameSync(temporary, target);
    rmSync(previous, { recursive: true, force: true });
  } else {
    renameSync(temporary, target);
  }
  return result;
}

/**
 * Writes one file whole or not at all: the content goes to a temporary file next to `path`,
 * renamed into place once complete, so a reader never sees half a file and a failure leaves no
 * partial file. The toolkit's one atomic writer, with {@link writeAtomically} for folders.
 *
 * @throws OraccleError with `ExitCode.output` naming the file and the system's reason.
 * @example
 * writeFileAtomically("rapport.json", `${JSON.stringify(report, null, 2)}\n`);
 */
export function writeFileAtomically(path: string, content: string | Uint8Array): void {
  const temporary = `${path}.tmp-${process.pid}`;
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new OraccleError(messages().cli.errors.cannotWrite(path, reason), ExitCode.output, {
      cause: error,
    });
  }
}
