import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { serveCommand } from "../../../src/cli/commands/serve.js";
import { runCommand } from "../../../src/cli/run-cli.js";
import { ExitCode, OraccleError } from "../../../src/core/errors.js";

/** Runs `oraccle serve …` in-process as run-cli does: an OraccleError becomes its exit code. */
async function serve(argv: string[]) {
  const io = { stdout: () => undefined, stderr: () => undefined, interactive: false };
  try {
    return { code: await runCommand(serveCommand, argv, io), message: "" };
  } catch (error) {
    if (!(error instanceof OraccleError)) throw error;
    return { code: error.exitCode, message: error.message };
  }
}

describe("oraccle serve", () => {
  it("refuses a microdata folder (no data package) with exit code 1 and a French message", async () => {
    const folder = mkdtempSync(join(tmpdir(), "oraccle-serve-"));
    writeFileSync(join(folder, "inscri22.csv"), "id_etu,rentree\n1,2022\n");
    const result = await serve(["--data", folder, "--port", "0"]);
    expect(result.code).toBe(ExitCode.checkFailed);
    expect(result.message).toMatch(/refuse de démarrer.*microdonnées/);
  });

  it("exits 3 on a missing folder and 2 on a bad port", async () => {
    expect((await serve(["--data", join(tmpdir(), "absent-serve-folder")])).code).toBe(ExitCode.input);
    expect((await serve(["--data", tmpdir(), "--port", "huit"])).code).toBe(ExitCode.usage);
  });
});
