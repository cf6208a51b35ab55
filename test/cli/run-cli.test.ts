import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CommandIO } from "../../src/cli/command.js";
import { commands } from "../../src/cli/commands.js";
import { runCli } from "../../src/cli/run-cli.js";
import { ExitCode } from "../../src/core/errors.js";

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIO = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    interactive: false,
  };
  const code = await runCli(args, io);
  return { code, stdout: out.join(""), stderr: err.join("") };
}

describe("runCli()", () => {
  it("lists every command with its summary on --help", async () => {
    const { code, stdout } = await run(["--help"]);
    expect(code).toBe(ExitCode.ok);
    for (const command of commands) expect(stdout).toContain(`  ${command.name}`);
    expect(commands.map((command) => command.name)).toEqual([
      "generate",
      "validate",
      "trajectories",
      "indicators",
      "sequences",
      "check",
      "pseudonymise",
      "publish",
    ]);
  });

  it("prints the usage and exits with the usage code when no command is given", async () => {
    const { code, stdout } = await run([]);
    expect(code).toBe(ExitCode.usage);
    expect(stdout).toContain("Usage: oraccle <command>");
  });

  it("names an unknown command and points to --help", async () => {
    const { code, stderr } = await run(["publier"]);
    expect(code).toBe(ExitCode.usage);
    expect(stderr).toBe("oraccle: unknown command 'publier'. Run 'oraccle --help' for the list.\n");
  });

  it("shows a command's usage on <command> --help", async () => {
    const { code, stdout } = await run(["publish", "--help"]);
    expect(code).toBe(ExitCode.ok);
    expect(stdout).toContain("Usage: oraccle publish --input DIR --out DIR");
  });

  it("reports an unknown option with the command's usage", async () => {
    const { code, stderr } = await run(["publish", "--sortie", "x"]);
    expect(code).toBe(ExitCode.usage);
    expect(stderr).toMatch(/Unknown option '--sortie'/);
  });

  it("prints the package version", async () => {
    const manifest = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "package.json"), "utf8"));
    expect((await run(["--version"])).stdout).toBe(`${manifest.version}\n`);
  });
});
