import { describe, expect, it } from "vitest";
import type { CommandIO } from "../../../src/cli/command.js";
import { runCli } from "../../../src/cli/run-cli.js";
import { ExitCode } from "../../../src/core/errors.js";
import { csvText, extractFolder, inscription } from "../../sise/sise-fixture.js";

function buffers() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIO = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), interactive: false };
  return { io, out: () => out.join(""), err: () => err.join("") };
}

describe("oraccle indicators", () => {
  it("ends an extract whose rows are all rejected with exit code 3 and a message, not a stack trace", async () => {
    // Every row has a rentrée that is not a year: validation rejects them all.
    const dir = extractFolder({
      "inscri22.csv": csvText([
        inscription({ rentree: "20x2" }),
        inscription({ rentree: "20y2", id_etu: "b2" }),
      ]),
    });
    const b = buffers();
    const code = await runCli(
      ["indicators", "--input", dir, "--cohort", "2022", "--out", `${dir}/indicateurs.csv`],
      b.io,
    );
    expect(code).toBe(ExitCode.input);
    expect(b.err()).toBe(
      "oraccle indicators: aucune inscription : la fenêtre d'observation n'est pas définie (toutes les lignes de l'extrait ont-elles été rejetées ? voir la validation)\n",
    );
    expect(b.err()).not.toMatch(/\n\s+at /);
  });

  it("refuses an unknown breakdown with the usage exit code", async () => {
    const b = buffers();
    const code = await runCli(
      ["indicators", "--input", "x", "--cohort", "2022", "--out", "y.csv", "--by", "region"],
      b.io,
    );
    expect(code).toBe(ExitCode.usage);
    expect(b.err()).toMatch(/^oraccle indicators: ventilation inconnue « region » ; utilisez etabli, /);
  });
});
