import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CommandIO } from "../../../src/cli/command.js";
import { runCli } from "../../../src/cli/run-cli.js";
import { ExitCode } from "../../../src/core/errors.js";
import { bpbac, sise } from "../../publish/bpbac-micro-extract.js";
import { extractFolder } from "../../sise/sise-fixture.js";

function buffers() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIO = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), interactive: false };
  return { io, out: () => out.join(""), err: () => err.join("") };
}

describe("--bpbac on oraccle indicators and trajectories", () => {
  it("indicators: the 10 L1 → BTS sorties of the micro extract become réorientations", async () => {
    const input = extractFolder(sise);
    const lycees = extractFolder(bpbac);
    const run = async (extra: string[]) => {
      const b = buffers();
      const out = join(input, `indicateurs-${extra.length}.csv`);
      const code = await runCli(
        ["indicators", "--input", input, "--cohort", "2022", "--out", out, ...extra],
        b.io,
      );
      expect(b.err()).toBe("");
      expect(code).toBe(ExitCode.ok);
      return b.out();
    };
    const alone = await run([]);
    const both = await run(["--bpbac", lycees]);
    expect(alone).not.toContain("BPBAC");
    expect(both).toContain(`BPBAC (${lycees}) : 24 lignes lues = 24 acceptées + 0 rejetées`);
    expect(alone).toMatch(/reorientation_1_an +0\.0 %/);
    expect(alone).toMatch(/sortie_1_an +50\.0 %/);
    expect(both).toMatch(/reorientation_1_an +50\.0 %/);
    expect(both).toMatch(/sortie_1_an +0\.0 %/);
  }, 120_000);

  it("trajectories: the lycée years are in the traces", async () => {
    const input = extractFolder(sise);
    const b = buffers();
    const code = await runCli(
      ["trajectories", "--input", input, "--bpbac", extractFolder(bpbac), "--out", join(input, "parcours")],
      b.io,
    );
    expect(code).toBe(ExitCode.ok);
    const traces = readFileSync(join(input, "parcours", "traces.csv"), "utf8");
    expect(traces).toContain("1-2500123-0931238R+1-32031213-0750001U");
  }, 120_000);
});
