import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pl from "nodejs-polars";
import { afterAll, describe, expect, it } from "vitest";
import { InputError } from "../../src/core/errors.js";
import { licenceCohort } from "../../src/indicators/cohort-definition.js";
import type { CohortOutcomes } from "../../src/indicators/cohort-outcomes.js";
import { INDICATORS } from "../../src/indicators/indicators.js";
import { mesrReferenceRates, referenceRates, UNKNOWN_STRATUM } from "../../src/indicators/reference-rates.js";

const dir = mkdtempSync(join(tmpdir(), "oraccle-mesr-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A few lines in the layout of MESR's open file (BOM, ';', counts written "4.0", empty = absent).
const HEADER =
  "\uFEFFgd_discipline;serie_bac;age_au_bac;sexe;mention_bac;effectif_neobacheliers_passage;passage_en_l2_1_an;effectif_neobacheliers_reussite;reussite_3_ans";
function mesrFile(name: string, lines: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${[HEADER, ...lines].join("\n")}\n`);
  return path;
}

describe("mesrReferenceRates()", () => {
  it("sums the counts over the strata not asked for and treats empty cells as absent", () => {
    const path = mesrFile("ok.csv", [
      "DSA;3;R0;1;C;10.0;6.0;8.0;2.0",
      "LLSH;3;R0;2;C;30.0;12.0;;",
      "DSA;6;R4;1;D;5.0;0.0;4.0;0.0",
    ]);
    const passage = mesrReferenceRates(path, "passage_en_l2_1_an", ["bac_rgrp"]);
    expect(passage.strata).toEqual(["serie_bac"]);
    expect(passage.rows).toEqual([
      { stratum: { serie_bac: "3" }, effectif: 40, nombre: 18 },
      { stratum: { serie_bac: "6" }, effectif: 5, nombre: 0 },
    ]);
    const reussite = mesrReferenceRates(path, "reussite_3_ans", ["gd_discipline", "serie_bac"]);
    // LLSH × 3 has no réussite cohort (empty cells): the stratum is absent, not a 0 % rate.
    expect(reussite.rows.map((row) => row.stratum)).toEqual([
      { gd_discipline: "DSA", serie_bac: "3" },
      { gd_discipline: "DSA", serie_bac: "6" },
    ]);
  });

  it("names the file, line, column and value of a bad count", () => {
    const path = mesrFile("bad.csv", ["DSA;3;R0;1;C;10.0;6.0;8.0;2.0", "DSA;3;R1;1;C;dix;6.0;8.0;2.0"]);
    expect(() => mesrReferenceRates(path, "passage_en_l2_1_an", ["serie_bac"])).toThrow(InputError);
    expect(() => mesrReferenceRates(path, "passage_en_l2_1_an", ["serie_bac"])).toThrow(
      `${path}:3, colonne « effectif_neobacheliers_passage », valeur « dix »`,
    );
  });

  it("refuses a file without the needed column, an indicator or a stratum MESR does not publish", () => {
    const path = join(dir, "short.csv");
    writeFileSync(path, "serie_bac;effectif_neobacheliers_passage\n3;10\n");
    expect(() => mesrReferenceRates(path, "passage_en_l2_1_an", ["serie_bac"])).toThrow(
      /short\.csv:1, colonne « passage_en_l2_1_an »/,
    );
    expect(() => mesrReferenceRates(path, "master_2_ans", [])).toThrow(/pas d'indicateur « master_2_ans »/);
    expect(() => mesrReferenceRates(path, "passage_en_l2_1_an", ["origine_sociale"])).toThrow(
      /pas de strate « origine_sociale »/,
    );
  });
});

describe("referenceRates()", () => {
  const indicators = INDICATORS.filter((indicator) => indicator.cohort === "licence");
  const outcomes = (available: boolean): CohortOutcomes => ({
    definition: licenceCohort(2020),
    historyObserved: true,
    window: { firstRentree: 2019, lastInscriptionRentree: 2024, lastResultRentree: 2024 },
    indicators,
    available: Object.fromEntries(indicators.map((indicator) => [indicator.name, available])),
    students: pl.DataFrame([
      pl.Series("etabli", ["E1", "E1", "E2", "E2", "E2"], pl.Utf8),
      pl.Series("age_au_bac", ["R0", null, "R0", "R0", null], pl.Utf8),
      pl.Series("passage_en_l2_1_an", [true, false, false, true, true], pl.Bool),
    ]),
  });

  it("pools every establishment by stratum and keeps unknown values as their own stratum", () => {
    expect(referenceRates(outcomes(true), "passage_en_l2_1_an", ["age_bac"]).rows).toEqual([
      { stratum: { age_au_bac: UNKNOWN_STRATUM }, effectif: 2, nombre: 1 },
      { stratum: { age_au_bac: "R0" }, effectif: 3, nombre: 2 },
    ]);
  });

  it("refuses an indicator the cohort has not been observed long enough for", () => {
    expect(() => referenceRates(outcomes(false), "passage_en_l2_1_an", ["age_au_bac"])).toThrow(
      /pas disponible pour la cohorte 2020/,
    );
  });
});
