import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { CommandIO } from "../../../src/cli/command.js";
import { runCli } from "../../../src/cli/run-cli.js";
import { ExitCode } from "../../../src/core/errors.js";
import { generateSise } from "../../../src/sise/generator/generate-sise.js";

function bufferIO() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIO = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    interactive: false,
  };
  return { io, stdout: () => out.join(""), stderr: () => err.join("") };
}

async function run(args: string[]) {
  const buffers = bufferIO();
  const code = await runCli(args, buffers.io);
  return { code, stdout: buffers.stdout(), stderr: buffers.stderr() };
}

let scratch: string;
let extract: string;

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), "publish-cli-"));
  extract = join(scratch, "extrait");
  await generateSise({ seed: 5, entrants: 120, firstRentree: 2019, lastRentree: 2022 }, extract, "csv");
  // A diploma code a spreadsheet would run as a formula: it must reach the export neutralised.
  const file = join(extract, "inscri19.csv");
  const lines = readFileSync(file, "utf8").split("\n");
  const header = lines[0]!.split(",");
  const column = header.indexOf("diplom");
  const cells = lines[1]!.split(",");
  cells[column] = "=1+2345";
  lines[1] = cells.join(",");
  writeFileSync(file, lines.join("\n"));
}, 120_000);

describe("oraccle publish", () => {
  it("publishes, prints the row accounting and neutralises a formula that reached an export", async () => {
    const out = join(scratch, "jeu");
    const { code, stdout, stderr } = await run(["publish", "--input", extract, "--out", out]);
    expect(stderr).toBe("");
    expect(code).toBe(ExitCode.ok);
    expect(stdout).toMatch(/rows read +\d+ = accepted \d+ \+ rejected \d+/);
    expect(stdout).toMatch(/LP audit +passed/);
    expect(stdout).toContain("(utilite.json)");
    const formations = readFileSync(join(out, "formations.csv"), "utf8");
    expect(formations).toContain(",'=1+2345,");
    expect(formations).not.toMatch(/(^|,)=1\+2345/m);
  });

  it("says which option is missing and exits with the usage code", async () => {
    const { code, stderr } = await run(["publish", "--out", join(scratch, "x")]);
    expect(code).toBe(ExitCode.usage);
    expect(stderr).toBe("oraccle publish: l'option --input est obligatoire.\n");
  });

  it("refuses a --partition-rows that is not a whole number above 0", async () => {
    const { code, stderr } = await run([
      "publish",
      "--input",
      extract,
      "--out",
      join(scratch, "partitions"),
      "--partition-rows",
      "0",
    ]);
    expect(code).toBe(ExitCode.usage);
    expect(stderr).toContain("--partition-rows attend un nombre entier supérieur ou égal à 1, pas « 0 ».");
    expect(existsSync(join(scratch, "partitions"))).toBe(false);
  });

  it("refuses an unknown policy name with the list of presets", async () => {
    const { code, stderr } = await run([
      "publish",
      "--input",
      extract,
      "--out",
      join(scratch, "p"),
      "--policy",
      "k3",
    ]);
    expect(code).toBe(ExitCode.usage);
    expect(stderr).toMatch(/k3.*oraccle-k5/);
    expect(existsSync(join(scratch, "p"))).toBe(false);
  });

  it("refuses an output folder that already holds a dataset, before any work", async () => {
    const out = join(scratch, "existant");
    mkdirSync(out);
    writeFileSync(join(out, "datapackage.json"), "{}");
    const started = Date.now();
    const { code, stderr } = await run(["publish", "--input", extract, "--out", out]);
    expect(code).toBe(ExitCode.output);
    expect(stderr).toMatch(/already holds a dataset.*--overwrite/);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(readdirSync(out)).toEqual(["datapackage.json"]);
  });

  it("refuses an output folder that cannot be created", async () => {
    const file = join(scratch, "un-fichier");
    writeFileSync(file, "x");
    const { code, stderr } = await run(["publish", "--input", extract, "--out", join(file, "jeu")]);
    expect(code).toBe(ExitCode.output);
    expect(stderr).toContain("is not an existing folder");
  });

  it("names a configuration file that is not JSON", async () => {
    const config = join(scratch, "config.json");
    writeFileSync(config, "{ titre: ");
    const { code, stderr } = await run([
      "publish",
      "--input",
      extract,
      "--out",
      join(scratch, "c"),
      "--config",
      config,
    ]);
    expect(code).toBe(ExitCode.usage);
    expect(stderr).toContain(`configuration file '${config}' is not valid JSON`);
  });

  it("names a missing input folder and exits with the input code", async () => {
    const { code, stderr } = await run([
      "publish",
      "--input",
      join(scratch, "absent"),
      "--out",
      join(scratch, "y"),
    ]);
    expect(code).toBe(ExitCode.input);
    expect(stderr).toContain("absent");
    expect(existsSync(join(scratch, "y"))).toBe(false);
  });
});
