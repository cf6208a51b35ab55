import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pl from "nodejs-polars";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CommandIO } from "../../src/cli/command.js";
import { indicatorsCommand } from "../../src/cli/commands/indicators.js";
import { runCommand } from "../../src/cli/run-cli.js";
import { ExitCode, OraccleError } from "../../src/core/errors.js";
import { microExtract } from "./micro-cohort.js";

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "oraccle-indicators-"));
  const { inscriptions, resultats } = microExtract();
  // One file per source and rentrée, named as in SISE.
  for (let rentree = 2019; rentree <= 2024; rentree++) {
    const yy = String(rentree % 100).padStart(2, "0");
    inscriptions.filter(pl.col("rentree").eq(pl.lit(rentree))).writeParquet(join(dir, `inscri${yy}.parquet`));
    resultats.filter(pl.col("rentree").eq(pl.lit(rentree))).writeParquet(join(dir, `result${yy}.parquet`));
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function io() {
  const out: string[] = [];
  const err: string[] = [];
  const streams: CommandIO = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), interactive: false };
  return { streams, out, err };
}

// readSise() validates every row: on a loaded machine one read of the micro extract took 20 s.
describe("oraccle indicators", { timeout: 180_000 }, () => {
  it("writes the cohort's indicators by establishment with MESR field names", async () => {
    const out = join(dir, "indicateurs.csv");
    const { streams, out: stdout } = io();
    const vaOut = join(dir, "va.csv");
    const code = await runCommand(
      indicatorsCommand,
      [
        "--input",
        dir,
        "--cohort",
        "2020",
        "--by",
        "etabli",
        "--out",
        out,
        "--va",
        "passage_en_l2_1_an",
        "--va-out",
        vaOut,
        "--strata",
        "bac_rgrp",
      ],
      streams,
    );
    expect(code).toBe(ExitCode.ok);
    const table = pl.readCSV(readFileSync(out, "utf8"));
    expect(table.getColumn("etabli").toArray()).toEqual(["0751717J", "0931238R"]);
    expect(table.getColumn("effectif_neobacheliers_passage").toArray()).toEqual([22, 4]);
    expect(table.getColumn("passage_en_l2_1_an").toArray()).toEqual([11, 1]);
    expect(table.getColumn("reussite_3_4_ans").toArray()).toEqual([5, 1]);
    expect(stdout.join("")).toMatch(/cohort licence 2020: 26 students/);
    expect(stdout.join("")).toMatch(/passage_en_l2_1_an\s+46\.2 %/); // 12 / 26
    // Valeur ajoutée against the extract's own strata: A (22 students) and B (4), all matched;
    // with an internal reference the entrant-weighted VAs cancel out (Σ N·observed = Σ N·simulated).
    const va = pl.readCSV(readFileSync(vaOut, "utf8"));
    expect(va.getColumn("etabli").toArray()).toEqual(["0751717J", "0931238R"]);
    expect(va.getColumn("effectif_standardise").toArray()).toEqual([22, 4]);
    const sizes = va.getColumn("effectif_standardise").toArray() as number[];
    const values = va.getColumn("va").toArray() as number[];
    expect(sizes.reduce((sum, n, i) => sum + n * values[i]!, 0)).toBeCloseTo(0, 10);
    expect(va.getColumn("taux_brut").toArray()[1]).toBeCloseTo(1 / 4, 12); // p22 passes; p20, p21, p23 do not
  });

  it("writes the long format and leaves censored indicators empty", async () => {
    const out = join(dir, "long.csv");
    const code = await runCommand(
      indicatorsCommand,
      ["--input", dir, "--cohort", "2023", "--format", "long", "--out", out],
      io().streams,
    );
    expect(code).toBe(ExitCode.ok);
    const table = pl.readCSV(readFileSync(out, "utf8"));
    const row = (name: string) => table.filter(pl.col("indicateur").eq(pl.lit(name))).toRecords()[0]!;
    expect(row("passage_en_l2_1_an")).toMatchObject({ disponible: true, effectif: 1, nombre: 1 });
    expect(row("reussite_3_ans")).toMatchObject({ disponible: false, nombre: null, taux: null });
  });

  it("refuses a bad cohort year, an unknown breakdown and a cohort outside the extract with a usage error", async () => {
    const base = ["--input", dir, "--out", join(dir, "x.csv")];
    await expect(runCommand(indicatorsCommand, [...base, "--cohort", "20x8"], io().streams)).rejects.toThrow(
      /--cohort attend un nombre entier de 1990 à 2100/,
    );
    await expect(
      runCommand(
        indicatorsCommand,
        [...base, "--cohort", "2020", "--va", "passage_en_l2_1_an"],
        io().streams,
      ),
    ).rejects.toThrow(/--va demande --va-out/);
    await expect(
      runCommand(
        indicatorsCommand,
        [...base, "--cohort", "2020", "--va", "taux", "--va-out", join(dir, "v.csv")],
        io().streams,
      ),
    ).rejects.toThrow(/indicateur inconnu « taux »/);
    await expect(
      runCommand(indicatorsCommand, [...base, "--cohort", "2020", "--by", "region"], io().streams),
    ).rejects.toThrow(/ventilation inconnue « region »/);
    const error = await runCommand(indicatorsCommand, [...base, "--cohort", "2012"], io().streams).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(OraccleError);
    expect((error as OraccleError).exitCode).toBe(ExitCode.usage);
    expect((error as OraccleError).message).toMatch(/hors de l'extrait \(rentrées 2019–2024\)/);
  });
});
