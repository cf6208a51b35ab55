import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ExitCode } from "../../src/core/errors.js";
import { writeAtomically } from "../../src/publish/atomic-output.js";

const scratch = () => mkdtempSync(join(tmpdir(), "atomic-"));

describe("writeAtomically()", () => {
  it("moves the finished folder into place", async () => {
    const parent = scratch();
    await writeAtomically(join(parent, "jeu"), async (tmp) =>
      writeFileSync(join(tmp, "datapackage.json"), "{}"),
    );
    expect(readdirSync(join(parent, "jeu"))).toEqual(["datapackage.json"]);
    expect(readdirSync(parent)).toEqual(["jeu"]);
  });

  it("leaves nothing behind when the build fails", async () => {
    const parent = scratch();
    await expect(
      writeAtomically(join(parent, "jeu"), async (tmp) => {
        writeFileSync(join(tmp, "cohortes.csv"), "partial");
        throw new Error("gate refused");
      }),
    ).rejects.toThrow("gate refused");
    expect(readdirSync(parent)).toEqual([]);
  });

  it("refuses a folder that already holds a dataset unless overwrite is set", async () => {
    const parent = scratch();
    mkdirSync(join(parent, "jeu"));
    writeFileSync(join(parent, "jeu", "datapackage.json"), "{}");
    await expect(writeAtomically(join(parent, "jeu"), async () => undefined)).rejects.toMatchObject({
      exitCode: ExitCode.output,
      message: expect.stringMatching(/already holds a dataset.*--overwrite/),
    });
    await writeAtomically(join(parent, "jeu"), async (tmp) => writeFileSync(join(tmp, "nouveau.csv"), "x"), {
      overwrite: true,
    });
    expect(readdirSync(join(parent, "jeu"))).toEqual(["nouveau.csv"]);
  });

  it("refuses to replace a non-empty folder that is not a dataset", async () => {
    const parent = scratch();
    mkdirSync(join(parent, "documents"));
    writeFileSync(join(parent, "documents", "memoire.docx"), "x");
    await expect(
      writeAtomically(join(parent, "documents"), async () => undefined, { overwrite: true }),
    ).rejects.toThrow(/not empty and does not hold a dataset/);
    expect(existsSync(join(parent, "documents", "memoire.docx"))).toBe(true);
  });

  it("names the problem when the parent folder cannot hold the output", async () => {
    const parent = scratch();
    writeFileSync(join(parent, "fichier"), "x");
    await expect(
      writeAtomically(join(parent, "fichier", "jeu"), async () => undefined),
    ).rejects.toMatchObject({
      exitCode: ExitCode.output,
    });
  });
});
