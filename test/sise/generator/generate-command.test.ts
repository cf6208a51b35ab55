import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import type { CommandIO } from "../../../src/cli/command.js";
import { generateCommand } from "../../../src/cli/commands/generate.js";
import { runCli, runCommand } from "../../../src/cli/run-cli.js";
import { ExitCode } from "../../../src/core/errors.js";

const scratch = mkdtempSync(join(tmpdir(), "oraccle-generate-cli-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function captured(interactive = false): CommandIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, interactive, stdout: (t) => out.push(t), stderr: (t) => err.push(t) };
}

describe("oraccle generate", () => {
  test("writes one inscriptions and one résultats CSV file per rentrée and prints a summary", async () => {
    const io = captured();
    const dir = join(scratch, "csv");
    const code = await runCli(
      [
        "generate",
        "--seed",
        "5",
        "--entrants",
        "200",
        "--rentrees",
        "2020-2021",
        "--warmup",
        "1",
        "--out",
        dir,
        "--format",
        "csv",
      ],
      io,
    );
    expect(code).toBe(ExitCode.ok);
    expect(readdirSync(dir).sort()).toEqual(["inscri20.csv", "inscri21.csv", "result20.csv", "result21.csv"]);
    expect(io.out.join("")).toMatch(/4 fichiers écrits/);
    // Not a terminal: no progress drawn on stderr.
    expect(io.err.join("")).toBe("");
  });

  test("draws progress on stderr only when it is a terminal", async () => {
    const io = captured(true);
    await runCommand(
      generateCommand,
      [
        "--seed",
        "5",
        "--entrants",
        "100",
        "--rentrees",
        "2020",
        "--warmup",
        "0",
        "--out",
        join(scratch, "tty"),
      ],
      io,
    );
    expect(io.err.join("")).toMatch(/génération : 100,0 %/);
  });

  test("exits with the usage code on a missing seed, a bad range or an unknown format", async () => {
    for (const args of [
      ["--entrants", "10", "--out", scratch],
      ["--seed", "1", "--entrants", "10", "--rentrees", "2015..2024", "--out", scratch],
      ["--seed", "1", "--entrants", "10", "--out", scratch, "--format", "xlsx"],
      ["--seed", "x", "--entrants", "10", "--out", scratch],
    ]) {
      const io = captured();
      expect(await runCli(["generate", ...args], io), args.join(" ")).toBe(ExitCode.usage);
      expect(io.err.join("")).toMatch(/oraccle generate:/);
    }
  });

  test("refuses with the output code a folder that already holds SISE files", async () => {
    const dir = join(scratch, "csv");
    const io = captured();
    const code = await runCli(
      [
        "generate",
        "--seed",
        "5",
        "--entrants",
        "200",
        "--rentrees",
        "2020-2021",
        "--out",
        dir,
        "--format",
        "csv",
      ],
      io,
    );
    expect(code).toBe(ExitCode.output);
    expect(io.err.join("")).toMatch(/contient déjà des fichiers SISE.*passez --force/);
  });
});
