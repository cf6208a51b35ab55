import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { CommandIO } from "../../src/cli/command.js";
import { commands } from "../../src/cli/commands.js";
import { runCli } from "../../src/cli/run-cli.js";
import { ExitCode } from "../../src/core/errors.js";
import { LANGUAGE_VARIABLE } from "../../src/core/i18n/language.js";

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

const savedLanguage = process.env[LANGUAGE_VARIABLE];
afterEach(() => {
  if (savedLanguage === undefined) delete process.env[LANGUAGE_VARIABLE];
  else process.env[LANGUAGE_VARIABLE] = savedLanguage;
});

describe("runCli()", () => {
  it("lists every command of the registry, in pipeline order, on --help", async () => {
    const { code, stdout } = await run(["--help"]);
    expect(code).toBe(ExitCode.ok);
    expect(stdout).toContain("Commandes :");
    const positions = commands.map((command) => stdout.indexOf(`  ${command.name} `));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(commands.map((command) => command.name)).toEqual([
      "generate",
      "validate",
      "trajectories",
      "indicators",
      "sequences",
      "risk",
      "check",
      "pseudonymise",
      "link",
      "publish",
      "serve",
    ]);
  });

  it("prints the usage in French and exits with the usage code when no command is given", async () => {
    const { code, stdout } = await run([]);
    expect(code).toBe(ExitCode.usage);
    expect(stdout).toContain("Usage : oraccle <commande> [options]");
    expect(stdout).toContain("Codes de sortie : 0 succès");
  });

  it("names an unknown command and points to --help", async () => {
    const { code, stderr } = await run(["publier"]);
    expect(code).toBe(ExitCode.usage);
    expect(stderr).toBe(
      "oraccle: commande inconnue : « publier ». Voir « oraccle --help » pour la liste des commandes.\n",
    );
  });

  it("shows a command's generated help on <command> --help and on help <command>", async () => {
    const { code, stdout } = await run(["publish", "--help"]);
    expect(code).toBe(ExitCode.ok);
    expect(stdout).toContain("Usage : oraccle publish [options]");
    expect(stdout).toMatch(/--input <dossier> +dossier de l'extrait SISE/);
    expect(stdout).toMatch(/--overwrite +remplacer un dossier de sortie/);
    expect((await run(["help", "publish"])).stdout).toBe(stdout);
  });

  it("lists a command's options under their groups", async () => {
    const { stdout } = await run(["check", "--help"]);
    expect(stdout).toContain("Usage : oraccle check [options] [genre]");
    const common = stdout.indexOf("Options communes :");
    const microdata = stdout.indexOf("microdata (une ligne par personne) :");
    expect(common).toBeGreaterThan(0);
    expect(stdout.indexOf("--keys <liste>")).toBeGreaterThan(microdata);
    expect(microdata).toBeGreaterThan(stdout.indexOf("--policy-file <fichier>"));
  });

  it("names an unknown option and exits with the usage code", async () => {
    const { code, stderr } = await run(["publish", "--sortie", "x"]);
    expect(code).toBe(ExitCode.usage);
    expect(stderr).toBe("oraccle publish: option inconnue : --sortie. Voir « oraccle publish --help ».\n");
  });

  it("names every missing required option at once", async () => {
    const { code, stderr } = await run(["indicators", "--cohort", "2018"]);
    expect(code).toBe(ExitCode.usage);
    expect(stderr).toBe("oraccle indicators: les options --input et --out sont obligatoires.\n");
  });

  it("refuses an option given without its value and a stray argument", async () => {
    const missingValue = await run(["validate", "--input"]);
    expect(missingValue.code).toBe(ExitCode.usage);
    expect(missingValue.stderr).toContain("il manque la valeur de l'option --input <dossier>");
    const stray = await run(["generate", "--seed", "1", "--entrants", "5", "--out", "x", "plus"]);
    expect(stray.code).toBe(ExitCode.usage);
    expect(stray.stderr).toContain("oraccle generate: trop d'arguments.");
  });

  it("speaks English with --lang en, before or after the command", async () => {
    const before = await run(["--lang", "en", "publish", "--sortie", "x"]);
    expect(before.stderr).toBe("oraccle publish: unknown option: --sortie. See 'oraccle publish --help'.\n");
    const after = await run(["publish", "--help", "--lang=en"]);
    expect(after.stdout).toContain("Usage: oraccle publish [options]");
    expect(after.stdout).toMatch(/--input <dir> +SISE extract folder/);
    // The language does not stick to later runs.
    expect((await run(["publish", "--sortie", "x"])).stderr).toContain("option inconnue");
  });

  it("speaks English when ORACCLE_LANG=en, and --lang wins over it", async () => {
    process.env[LANGUAGE_VARIABLE] = "en";
    expect((await run([])).stdout).toContain("Usage: oraccle <command> [options]");
    expect((await run(["--lang", "fr"])).stdout).toContain("Usage : oraccle <commande> [options]");
  });

  it("refuses a language it does not speak", async () => {
    const { code, stderr } = await run(["--lang", "de", "validate"]);
    expect(code).toBe(ExitCode.usage);
    expect(stderr).toBe("oraccle: langue inconnue « de » : --lang vaut fr ou en.\n");
  });

  it("prints the package version", async () => {
    const manifest = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "package.json"), "utf8"));
    expect((await run(["--version"])).stdout).toBe(`${manifest.version}\n`);
  });
});
