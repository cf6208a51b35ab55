import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CommandIO } from "../../../src/cli/command.js";
import { runCli } from "../../../src/cli/run-cli.js";
import { ExitCode } from "../../../src/core/errors.js";
import { csvText, extractFolder, inscription, resultat } from "../../sise/sise-fixture.js";

function bufferIO(): CommandIO & { out: string; err: string } {
  const io = { out: "", err: "", interactive: false } as CommandIO & { out: string; err: string };
  io.stdout = (text) => {
    io.out += text;
  };
  io.stderr = (text) => {
    io.err += text;
  };
  return io;
}

describe("oraccle validate", () => {
  it("prints the report and exits 0 when every row is accepted, writing the JSON report", async () => {
    const dir = extractFolder({
      "inscri22.csv": csvText([inscription()]),
      "result22.csv": csvText([resultat()]),
    });
    const io = bufferIO();
    const reportFile = join(dir, "report.json");
    const code = await runCli(["validate", "--input", dir, "--report", reportFile], io);
    expect(io.err).toBe("");
    expect(code).toBe(ExitCode.ok);
    expect(io.out).toContain("Total :        lues 2 = acceptées 2 + rejetées 0");
    expect(io.out).toContain("OK : toutes les lignes sont acceptées");
    const report = JSON.parse(readFileSync(reportFile, "utf8"));
    expect(report.totals.all).toEqual({ rowsRead: 2, rowsAccepted: 2, rowsRejected: 0 });
  });

  it("exits 1 and writes the rejects file when rows are rejected", async () => {
    const dir = extractFolder({ "inscri22.csv": csvText([inscription(), inscription({ rentree: "20x2" })]) });
    const io = bufferIO();
    const rejects = join(dir, "rejects.csv");
    const code = await runCli(["validate", "--input", dir, "--rejects", rejects], io);
    expect(code).toBe(ExitCode.checkFailed);
    expect(readFileSync(rejects, "utf8")).toContain(",3,rentree,20x2,not-an-integer,");
    expect(io.out).toContain(
      `ÉCHEC : 1 ligne rejetée ; corrigez-les dans l'extrait source (chacune est listée dans ${rejects})`,
    );
    const io2 = bufferIO();
    expect(await runCli(["validate", "--input", dir], io2)).toBe(ExitCode.checkFailed);
    expect(io2.out).toContain("relancez avec --rejects pour les lister toutes");
  });

  it("exits 2 without --input and 4 when the report or the rejects file cannot be written", async () => {
    const io = bufferIO();
    expect(await runCli(["validate"], io)).toBe(ExitCode.usage);
    expect(io.err).toContain("l'option --input est obligatoire");
    const dir = extractFolder({ "inscri22.csv": csvText([inscription()]) });
    const io2 = bufferIO();
    const code = await runCli(["validate", "--input", dir, "--report", join(dir, "missing", "r.json")], io2);
    expect(code).toBe(ExitCode.output);
    expect(io2.err).toContain(`impossible d'écrire « ${join(dir, "missing", "r.json")} » (ENOENT)`);
    expect(existsSync(join(dir, "missing"))).toBe(false);
    const io3 = bufferIO();
    const rejects = join(dir, "missing", "rejects.csv");
    expect(await runCli(["validate", "--input", dir, "--rejects", rejects], io3)).toBe(ExitCode.output);
    expect(io3.err).toContain(
      `écriture du fichier des rejets « ${rejects} » impossible (ENOENT) ; choisissez un emplacement accessible en écriture`,
    );
  });
});
