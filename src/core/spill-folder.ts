import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { ExitCode, OraccleError } from "./errors.js";
import { messages } from "./i18n/messages.js";

/** Name prefix of every spill folder: hidden, and recognisable by the sweep of stale ones. */
export const SPILL_PREFIX = ".oraccle-spill-";

/** The file naming the process that owns a spill folder. */
const OWNER_FILE = "owner.json";

/** How long a spill folder without an owner file is taken as being created. */
const UNOWNED_GRACE_MS = 60_000;

/**
 * A folder of temporary files for one run, unique to it (never a fixed shared path, so two runs
 * at once never collide). `remove()` deletes it; calling it twice is harmless.
 *
 * @example
 * const spill = createSpillFolder("out");
 * try { … } finally { spill.remove(); }
 */
export interface SpillFolder {
  /** Absolute path of the folder. */
  path: string;
  /** Deletes the folder and everything in it. */
  remove(): void;
}

/**
 * Creates a fresh spill folder `<parent>/.oraccle-spill-XXXXXX` (`mkdtemp`), owned by this process
 * (`owner.json` holds its pid). First removes the spill folders of `parent` left by runs that
 * were killed (their owner process no longer exists): a killed run's files never pile up.
 *
 * @throws OraccleError with `ExitCode.output` (4) when the folder cannot be created (missing or
 * unwritable parent, disk full).
 * @example
 * const spill = createSpillFolder(dirname(resolve("out/open-data")));
 */
export function createSpillFolder(parent: string): SpillFolder {
  const base = resolve(parent);
  removeStaleSpillFolders(base);
  let path: string;
  try {
    path = mkdtempSync(join(base, SPILL_PREFIX));
    writeFileSync(join(path, OWNER_FILE), JSON.stringify({ pid: process.pid }));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new OraccleError(messages().spill.cannotCreate(base, reason), ExitCode.output, { cause: error });
  }
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/**
 * Removes the spill folders of `parent` whose owner process is gone (a run killed before it could
 * clean up). A folder of a live process — another run at the same time — is left alone.
 *
 * @returns the folders removed.
 * @example
 * removeStaleSpillFolders("out"); // [".../out/.oraccle-spill-a1B2c3"]
 */
export function removeStaleSpillFolders(parent: string): string[] {
  if (!existsSync(parent)) return [];
  const removed: string[] = [];
  for (const name of readdirSync(parent)) {
    if (!name.startsWith(SPILL_PREFIX)) continue;
    const folder = join(parent, name);
    if (ownerAlive(folder)) continue;
    rmSync(folder, { recursive: true, force: true });
    removed.push(folder);
  }
  return removed;
}

function ownerAlive(folder: string): boolean {
  let pid: number;
  try {
    pid = Number((JSON.parse(readFileSync(join(folder, OWNER_FILE), "utf8")) as { pid: unknown }).pid);
  } catch {
    // No readable owner yet: a run between mkdtemp and writing its owner file, or one killed
    // there. Only an old folder is taken as stale.
    return Date.now() - statSync(folder).mtimeMs < UNOWNED_GRACE_MS;
  }
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
