import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { sequencesCommand } from "../../../src/cli/commands/sequences.js";
import { runCommand } from "../../../src/cli/run-cli.js";
import { ExitCode } from "../../../src/core/errors.js";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), interactive: false },
    out: () => out.join(""),
    err: () => err.join(""),
  };
}

function csvFile(content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "seqcli-")), "paths.csv");
  writeFileSync(path, content);
  return path;
}

const TINY = "id,y1,y2,y3,w\na,A,A,B,1\nb,A,B,B,2\nc,B,,,1\n";

describe("oraccle sequences", () => {
  it("prints every statistic as JSON with the documented shape", async () => {
    const c = capture();
    const path = csvFile(TINY);
    const code = await runCommand(
      sequencesCommand,
      ["--input", path, "--id", "id", "--columns", "y1:y3", "--weights", "w", "--alphabet", "A,B", "--json"],
      c.io,
    );
    expect(code).toBe(ExitCode.ok);
    const json = JSON.parse(c.out());
    expect(json).toMatchObject({
      input: path,
      missing: { left: "NA", gaps: "NA", right: "DEL" },
      alphabet: ["A", "B"],
      positions: ["y1", "y2", "y3"],
      sequenceCount: 3,
      totalWeight: 4,
      weighted: true,
    });
    expect(json.crossSectional.stateDistribution.frequencies[0]).toEqual([0.75, 1 / 3, 0]);
    expect(json.crossSectional.transitionRates).toEqual([
      [0.25, 0.75],
      [0, 1],
    ]);
    expect(json.crossSectional.sequenceFrequencies[0]).toMatchObject({ sps: "(A,1)-(B,2)", percent: 50 });
    expect(json.crossSectional.modalStateSequence.states).toEqual(["A", "B", "B"]);
    expect(json.sequences[2]).toMatchObject({ id: "c", weight: 1, length: 1, sps: "(B,1)", transitions: 0 });
    expect(json.sequences[0]).toMatchObject({ dss: "A-B", durations: [2, 1], subsequences: 4 });
  });

  it("prints a readable summary without --json", async () => {
    const c = capture();
    const code = await runCommand(
      sequencesCommand,
      ["--input", csvFile(TINY), "--id", "id", "--columns", "y1:y3"],
      c.io,
    );
    expect(code).toBe(ExitCode.ok);
    expect(c.out()).toContain("3 sequences");
    expect(c.out()).toContain("Transition rates (seqtrate");
    expect(c.out()).toContain("(A,1)-(B,2)");
  });

  it("fails with the input exit code and names the line of an unknown state", async () => {
    const c = capture();
    const path = csvFile("id,y1\na,A\nb,Z\n");
    await expect(
      runCommand(sequencesCommand, ["--input", path, "--columns", "y1:y1", "--alphabet", "A,B"], c.io),
    ).rejects.toMatchObject({
      exitCode: ExitCode.input,
      message: expect.stringContaining(`${path}:3, colonne « y1 », valeur « Z »`),
    });
  });

  it("refuses a missing --columns with the usage exit code", async () => {
    await expect(runCommand(sequencesCommand, ["--input", "x.csv"], capture().io)).rejects.toMatchObject({
      exitCode: ExitCode.usage,
    });
  });

  const mvad = fileURLToPath(new URL("../../../../shared/reference-data/mvad.csv", import.meta.url));
  it.skipIf(!existsSync(mvad))(
    "summarises mvad (712 weighted sequences of 70 months) — skipped when ../shared is absent",
    async () => {
      const c = capture();
      await runCommand(
        sequencesCommand,
        ["--input", mvad, "--id", "id", "--columns", "Sep.93:Jun.99", "--weights", "weight", "--json"],
        c.io,
      );
      const json = JSON.parse(c.out());
      expect(json.sequenceCount).toBe(712);
      expect(json.positions).toHaveLength(70);
      expect(json.alphabet).toEqual(["employment", "FE", "HE", "joblessness", "school", "training"]);
      for (const row of json.crossSectional.transitionRates) {
        expect(row.reduce((a: number, b: number) => a + b, 0)).toBeCloseTo(1, 12);
      }
    },
  );
});

describe("oraccle sequences --distance", () => {
  it("writes the square OM matrix with ids (constant costs, indel 1: OM = LCS distance)", async () => {
    const c = capture();
    const input = csvFile("id,y1,y2,y3\na,A,A,B\nb,A,B,B\nc,B,B,B\n");
    const out = join(mkdtempSync(join(tmpdir(), "seqcli-")), "om.csv");
    const code = await runCommand(
      sequencesCommand,
      [
        "--input",
        input,
        "--id",
        "id",
        "--columns",
        "y1:y3",
        "--distance",
        "om",
        "--sm",
        "constant",
        "--indel",
        "1",
        "--out",
        out,
      ],
      c.io,
    );
    expect(code).toBe(ExitCode.ok);
    // a–b: LCS(AAB, ABB) = 2 → 3 + 3 − 4 = 2 ; a–c: LCS = 1 → 4 ; b–c: LCS = 2 → 2
    expect(readFileSync(out, "utf8")).toBe("id,a,b,c\na,0,2,4\nb,2,0,2\nc,4,2,0\n");
    expect(c.out()).toContain("Wrote the 3 × 3 OM distance matrix");
  });

  it("writes Hamming distances and records the request in the JSON", async () => {
    const c = capture();
    const input = csvFile("id,y1,y2\na,A,B\nb,B,B\n");
    const out = join(mkdtempSync(join(tmpdir(), "seqcli-")), "ham.csv");
    await runCommand(
      sequencesCommand,
      ["--input", input, "--id", "id", "--columns", "y1:y2", "--distance", "HAM", "--out", out, "--json"],
      c.io,
    );
    expect(readFileSync(out, "utf8")).toBe("id,a,b\na,0,1\nb,1,0\n");
    expect(JSON.parse(c.out()).distance).toMatchObject({ method: "HAM", norm: "none", out });
  });

  it("refuses --distance without --out and an unknown method, with the usage exit code", async () => {
    const input = csvFile("id,y1\na,A\n");
    await expect(
      runCommand(
        sequencesCommand,
        ["--input", input, "--columns", "y1:y1", "--distance", "om"],
        capture().io,
      ),
    ).rejects.toMatchObject({ exitCode: ExitCode.usage });
    await expect(
      runCommand(
        sequencesCommand,
        ["--input", input, "--columns", "y1:y1", "--distance", "euclid", "--out", "x"],
        capture().io,
      ),
    ).rejects.toMatchObject({ exitCode: ExitCode.usage });
  });
});
