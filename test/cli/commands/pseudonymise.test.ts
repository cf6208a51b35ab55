import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { pseudonymiseCommand } from "../../../src/cli/commands/pseudonymise.js";
import { runCommand } from "../../../src/cli/run-cli.js";
import { ExitCode, OraccleError } from "../../../src/core/errors.js";
import { keyedHash } from "../../../src/disclosure/pseudonymisation/keyed-hash.js";

const KEY = "8f3a1c5e7b9d2f4a6c8e0b1d3f5a7c9e2b4d6f8a0c1e3b5d7f9a2c4e6b8d0f13";

async function run(argv: string[]) {
  const out: string[] = [];
  const io = { stdout: (t: string) => out.push(t), stderr: () => {}, interactive: false };
  try {
    return { code: await runCommand(pseudonymiseCommand, argv, io), out: out.join(""), err: "" };
  } catch (error) {
    if (!(error instanceof OraccleError)) throw error;
    return { code: error.exitCode, out: out.join(""), err: error.message };
  }
}

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), "oraccle-pseudo-"));
  writeFileSync(
    join(dir, "inscri.csv"),
    "id_etu,sexe,etabli\n0123456789a,1,0931238R\n,2,0931238R\n0987654321B,2,0941111X\n",
  );
  return dir;
}

describe("oraccle pseudonymise", () => {
  it("exits 5 without a key and writes nothing", async () => {
    const dir = folder();
    const result = await run([
      "--input",
      join(dir, "inscri.csv"),
      "--output",
      join(dir, "out.csv"),
      "--columns",
      "id_etu",
      "--key-env",
      "ORACCLE_TEST_KEY_THAT_IS_NOT_SET",
    ]);
    expect(result.code).toBe(ExitCode.security);
    expect(result.err).toMatch(/no pseudonymisation key/);
    expect(() => readFileSync(join(dir, "out.csv"))).toThrow();
  });

  it("exits 5 with a weak key file", async () => {
    const dir = folder();
    writeFileSync(join(dir, "weak.key"), "0000000000000000000000000000000000000000000000000000000000000000");
    const result = await run([
      "--input",
      join(dir, "inscri.csv"),
      "--output",
      join(dir, "out.csv"),
      "--columns",
      "id_etu",
      "--key-file",
      join(dir, "weak.key"),
    ]);
    expect(result.code).toBe(ExitCode.security);
    expect(result.err).toMatch(/does not look random/);
  });

  it("replaces identifiers by truncated keyed hashes and keeps every other cell", async () => {
    const dir = folder();
    writeFileSync(join(dir, "release.key"), `${KEY}\n`);
    const result = await run([
      "--input",
      join(dir, "inscri.csv"),
      "--output",
      join(dir, "out.csv"),
      "--columns",
      "id_etu",
      "--key-file",
      join(dir, "release.key"),
      "--bits",
      "128",
    ]);
    expect(result.code).toBe(ExitCode.ok);
    expect(result.out).toMatch(/pseudonymised 2 identifier\(s\).*still personal data/s);
    const lines = readFileSync(join(dir, "out.csv"), "utf8").trim().split("\n");
    const key = Buffer.from(KEY, "hex");
    expect(lines).toEqual([
      "id_etu,sexe,etabli",
      `${keyedHash(key, "0123456789A", 128)},1,0931238R`,
      ",2,0931238R",
      `${keyedHash(key, "0987654321B", 128)},2,0941111X`,
    ]);
  });

  it("refuses to overwrite its input", async () => {
    const dir = folder();
    const input = join(dir, "inscri.csv");
    const result = await run(["--input", input, "--output", input, "--columns", "id_etu"]);
    expect(result.code).toBe(ExitCode.usage);
  });
});
