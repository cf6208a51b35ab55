import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { linkCommand } from "../../../src/cli/commands/link.js";
import { runCommand } from "../../../src/cli/run-cli.js";
import { OraccleError } from "../../../src/core/errors.js";

async function run(argv: string[], environment: Record<string, string | undefined> = {}) {
  const out: string[] = [];
  const io = { stdout: (t: string) => out.push(t), stderr: () => {}, interactive: false };
  const saved = process.env.ORACCLE_PSEUDONYMISATION_KEY;
  delete process.env.ORACCLE_PSEUDONYMISATION_KEY;
  Object.assign(process.env, environment);
  try {
    return { code: await runCommand(linkCommand, argv, io), out: out.join(""), err: "" };
  } catch (error) {
    if (!(error instanceof OraccleError)) throw error;
    return { code: error.exitCode, out: out.join(""), err: error.message };
  } finally {
    if (saved === undefined) delete process.env.ORACCLE_PSEUDONYMISATION_KEY;
    else process.env.ORACCLE_PSEUDONYMISATION_KEY = saved;
  }
}

const EXTRACT = [
  "--extract",
  "data/etablissement/extrait-0911975C.csv",
  "--sise",
  "data/sise",
  "--uai",
  "0911975C",
];

describe("oraccle link", () => {
  it("exits 5 without a key, or with a weak one, and writes nothing", async () => {
    const report = join(mkdtempSync(join(tmpdir(), "oraccle-link-")), "appariement.json");
    const none = await run([...EXTRACT, "--report", report]);
    expect(none.code).toBe(5);
    expect(none.out).toBe("");
    const weak = await run([...EXTRACT, "--key-env", "WEAK_KEY", "--report", report], {
      WEAK_KEY: "motdepasse",
    });
    expect(weak.code).toBe(5);
    expect(existsSync(report)).toBe(false);
  });

  it("prints the French match report of the embedded extract and writes it as JSON", async () => {
    const report = join(mkdtempSync(join(tmpdir(), "oraccle-link-")), "appariement.json");
    const result = await run([
      ...EXTRACT,
      "--key-file",
      "data/etablissement/cle-synthetique.txt",
      "--report",
      report,
    ]);
    expect(result.code).toBe(0);
    const json = JSON.parse(readFileSync(report, "utf8"));
    const truth = JSON.parse(readFileSync("data/etablissement/bruit-plante.json", "utf8"));
    expect(json.etudiants.extrait_seul).toBe(truth.ine_mal_saisis);
    expect(result.out).toContain(`${json.etudiants.apparies}  appariés`);
    expect(result.out).toContain("taux d'appariement");
  }, 300_000);
});
