import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkCommand } from "../../../src/cli/commands/check.js";
import { runCommand } from "../../../src/cli/run-cli.js";
import { ExitCode, OraccleError } from "../../../src/core/errors.js";

/** Runs `oraccle check …` in-process as run-cli does: an OraccleError becomes its exit code. */
async function check(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io = { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), interactive: false };
  let code: number;
  try {
    code = await runCommand(checkCommand, argv, io);
  } catch (error) {
    if (!(error instanceof OraccleError)) throw error;
    err.push(error.message);
    code = error.exitCode;
  }
  return { code, out: out.join(""), err: err.join("") };
}

function file(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "oraccle-check-")), name);
  writeFileSync(path, content);
  return path;
}

const MICRODATA =
  "id_etu,sexe,annais,diplom\na,1,2004,XA\nb,1,2004,XA\nc,1,2004,XB\nd,1,2004,XA\ne,1,2004,XB\nf,2,1999,DR\n";
const TABLE =
  "etabli,sexe,n\ne1,1,3\ne1,2,40\ne1,Total,43\ne2,1,25\ne2,2,31\ne2,Total,56\nTotal,1,28\nTotal,2,71\nTotal,Total,99\n";

describe("oraccle check", () => {
  it("exits 1 on microdata below k = 5 and names the line, not the values", async () => {
    const input = file("inscri.csv", MICRODATA);
    const report = join(mkdtempSync(join(tmpdir(), "oraccle-report-")), "report.json");
    const result = await check(["microdata", "--input", input, "--keys", "sexe,annais", "--report", report]);
    expect(result.code).toBe(ExitCode.checkFailed);
    expect(result.out).toContain("REFUSED");
    expect(result.out).toContain("row 5 (line 7) — class of 1");
    expect(result.out).not.toContain("1999");
    const json = JSON.parse(readFileSync(report, "utf8"));
    expect(json).toMatchObject({ format: "oraccle-disclosure-report/1", kind: "microdata", passed: false });
    expect(json.checks[0]).toMatchObject({
      rule: "k-anonymity",
      count: 1,
      items: [{ row: 5, line: 7, classSize: 1 }],
    });
  });

  it("exits 0 on a table protected and audited under oraccle-k5, and writes the masked table", async () => {
    const input = file("effectifs.csv", TABLE);
    const output = join(mkdtempSync(join(tmpdir(), "oraccle-out-")), "protected.csv");
    const result = await check([
      "table",
      "--input",
      input,
      "--dimensions",
      "etabli,sexe",
      "--value",
      "n",
      "--format",
      "json",
      "--output",
      output,
    ]);
    expect(result.code).toBe(ExitCode.ok);
    const json = JSON.parse(result.out);
    expect(json.checks.map((c: { rule: string; passed: boolean }) => [c.rule, c.passed])).toEqual([
      ["primary-suppression", true],
      ["lp-audit", true],
    ]);
    const lines = readFileSync(output, "utf8").trim().split("\n");
    expect(lines[0]).toBe("etabli,sexe,status,rules,published");
    expect(lines[1]).toBe("e1,1,primary,frequency,0");
    expect(lines).toContain("Total,Total,safe,,99");
  });

  it("exits 2 on an unknown policy and on a missing kind", async () => {
    const input = file("effectifs.csv", TABLE);
    const unknown = await check([
      "table",
      "--input",
      input,
      "--dimensions",
      "etabli,sexe",
      "--value",
      "n",
      "--policy",
      "k3",
    ]);
    expect(unknown.code).toBe(ExitCode.usage);
    expect(unknown.err).toMatch(/policy 'k3' is unknown/);
    expect((await check(["--input", input])).code).toBe(ExitCode.usage);
  });

  it("exits 3 naming file, line, column and value of a bad count", async () => {
    const input = file("effectifs.csv", TABLE.replace("e2,2,31", "e2,2,trente"));
    const result = await check(["table", "--input", input, "--dimensions", "etabli,sexe", "--value", "n"]);
    expect(result.code).toBe(ExitCode.input);
    expect(result.err).toMatch(/effectifs\.csv:6, colonne « n », valeur « trente » : expected a number ≥ 0/);
  });

  it("exits 3 naming a key column absent from the header", async () => {
    const input = file("inscri.csv", MICRODATA);
    const result = await check(["microdata", "--input", input, "--keys", "sexe,age"]);
    expect(result.code).toBe(ExitCode.input);
    expect(result.err).toMatch(/inscri\.csv:1 : colonne manquante : « age »/);
  });

  it("exits 3 naming the line of a non-numeric survey weight", async () => {
    const input = file("enquete.csv", "sexe,annais,poids\n1,2004,12.5\n2,2003,douze\n");
    const result = await check([
      "microdata",
      "--input",
      input,
      "--keys",
      "sexe,annais",
      "--weights",
      "poids",
    ]);
    expect(result.code).toBe(ExitCode.input);
    expect(result.err).toMatch(/enquete\.csv:3, colonne « poids », valeur « douze » : expected a weight > 0/);
  });

  it("applies a custom policy file", async () => {
    const policy = file(
      "policy.json",
      JSON.stringify({ name: "k1", description: "no rule", microdata: { k: 1 }, table: { rules: [] } }),
    );
    const input = file("inscri.csv", MICRODATA);
    const result = await check([
      "microdata",
      "--input",
      input,
      "--keys",
      "sexe,annais",
      "--policy-file",
      policy,
    ]);
    expect(result.code).toBe(ExitCode.ok);
    expect(existsSync(input)).toBe(true);
  });
});
