import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pl from "nodejs-polars";
import { describe, expect, it } from "vitest";
import { riskCommand } from "../../../src/cli/commands/risk.js";
import { runCommand } from "../../../src/cli/run-cli.js";
import { ExitCode, OraccleError } from "../../../src/core/errors.js";

/** Runs `oraccle risk …` in-process as run-cli does: an OraccleError becomes its exit code. */
async function risk(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io = { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), interactive: false };
  let code: number;
  try {
    code = await runCommand(riskCommand, argv, io);
  } catch (error) {
    if (!(error instanceof OraccleError)) throw error;
    err.push(error.message);
    code = error.exitCode;
  }
  return { code, out: out.join(""), err: err.join("") };
}

const dir = mkdtempSync(join(tmpdir(), "oraccle-risk-"));
const input = join(dir, "etudiants.csv");
// Six students: (1, 2004) three times, (1, 1999) twice, (2, 2004) once.
writeFileSync(input, "sexe,annais,poids\n1,2004,10\n1,2004,10\n1,2004,10\n1,1999,5\n1,1999,5\n2,2004,20\n");

describe("oraccle risk", () => {
  it("prints the measure_risk view in French and exits 0 even when k-anonymity fails", async () => {
    const result = await risk(["--input", input, "--keys", "sexe,annais"]);
    expect(result.code).toBe(ExitCode.ok);
    expect(result.out).toContain("1 uniques (fk = 1), 2 en paires, 3 avec fk de 3 à 4");
    expect(result.out).toContain("2-anonymat : 1 enregistrements en infraction");
    expect(result.out).toContain("5-anonymat : 6 enregistrements en infraction (100,0 %)");
    // Without weights r = 1/fk: ER = 1 + 2·½ + 3·⅓ = 3.
    expect(result.out).toContain("3,00 réidentifications attendues");
    expect(result.out).toContain("SUDA2");
  });

  it("--format json and --records write the summary and one row per record", async () => {
    const records = join(dir, "risque.csv");
    const result = await risk([
      "--input",
      input,
      "--keys",
      "sexe,annais",
      "--weights",
      "poids",
      "--format",
      "json",
      "--records",
      records,
    ]);
    const json = JSON.parse(result.out);
    expect(json.kAnonymity.map((k: { violatingRecords: number }) => k.violatingRecords)).toEqual([1, 3, 6]);
    expect(json.Fk.min).toBe(10);
    const rows = pl.readCSV(readFileSync(records));
    expect(rows.columns).toEqual(["sexe", "annais", "fk", "Fk", "risk", "suda", "dis_suda"]);
    expect(rows.height).toBe(6);
    expect(rows.getColumn("suda").toArray()[5]).toBeGreaterThan(0);
  });

  it("names the line of a bad weight and exits 3; a missing key column exits 3 too", async () => {
    const bad = join(dir, "bad.csv");
    writeFileSync(bad, "sexe,poids\n1,3\n2,-1\n");
    const result = await risk(["--input", bad, "--keys", "sexe", "--weights", "poids"]);
    expect(result.code).toBe(ExitCode.input);
    expect(result.err).toContain("3");
    expect((await risk(["--input", input, "--keys", "sexe,age"])).code).toBe(ExitCode.input);
  });
});
