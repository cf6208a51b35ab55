import { renameSync, rmSync, writeFileSync } from "node:fs";
import { ExitCode, OraccleError } from "../core/errors.js";
import { messages } from "../core/i18n/messages.js";

/**
 * Writes a command's output file whole or not at all (a temporary file renamed into place); a
 * failure is an `OraccleError` with exit code 4 naming the file and the system's reason.
 *
 * @example
 * writeOutputFile("rapport.json", `${JSON.stringify(report, null, 2)}\n`);
 */
export function writeOutputFile(path: string, content: string | Uint8Array): void {
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
