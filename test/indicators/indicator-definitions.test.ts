import pl from "nodejs-polars";
import { describe, expect, it } from "vitest";
import { licenceCohort } from "../../src/indicators/cohort-definition.js";
import { isObservable } from "../../src/indicators/indicator-definition.js";
import { INDICATORS, indicatorByName } from "../../src/indicators/indicators.js";
import { observationWindow } from "../../src/indicators/observation-window.js";
import { selectCohort } from "../../src/indicators/select-cohort.js";
import { resolveBreakdown } from "../../src/indicators/with-cohort-strata.js";

const window = { firstRentree: 2015, lastInscriptionRentree: 2024, lastResultRentree: 2023 };

describe("isObservable()", () => {
  it("needs the enrolments of N + 1 for passage en 1 an and of N + 2 for passage en 2 ans", () => {
    expect(isObservable(indicatorByName("passage_en_l2_1_an"), 2023, window)).toBe(true);
    expect(isObservable(indicatorByName("passage_en_l2_1_an"), 2024, window)).toBe(false);
    expect(isObservable(indicatorByName("passage_en_l2_2_ans"), 2022, window)).toBe(true);
    expect(isObservable(indicatorByName("passage_en_l2_2_ans"), 2023, window)).toBe(false);
  });

  it("needs the results of session N + 3 (rentrée N + 2) for licence in 3 years, of N + 4 for 3–4 years", () => {
    // Results up to rentrée 2023 = session 2024.
    expect(isObservable(indicatorByName("reussite_3_ans"), 2021, window)).toBe(true);
    expect(isObservable(indicatorByName("reussite_3_ans"), 2022, window)).toBe(false);
    expect(isObservable(indicatorByName("reussite_3_4_ans"), 2020, window)).toBe(true);
    expect(isObservable(indicatorByName("reussite_3_4_ans"), 2021, window)).toBe(false);
    expect(isObservable(indicatorByName("master_2_ans"), 2022, window)).toBe(true);
    expect(isObservable(indicatorByName("but_3_ans"), 2022, window)).toBe(false);
  });
});

describe("INDICATORS", () => {
  it("builds each outcome expression once and returns that same expression on every later call", () => {
    for (const indicator of INDICATORS) expect(indicator.outcome()).toBe(indicator.outcome());
    const passage = indicatorByName("passage_en_l2_1_an").outcome();
    const counted = pl
      .DataFrame({ devenir_1_an: ["passage", "sortie", null] })
      .select(passage.alias("n"))
      .getColumn("n")
      .toArray();
    expect(counted).toEqual([true, false, null]);
  });

  it("uses MESR's open-data field names for the indicators MESR publishes, each name once", () => {
    const names = INDICATORS.map((indicator) => indicator.name);
    expect(new Set(names).size).toBe(names.length);
    for (const mesr of [
      "passage_en_l2_1_an",
      "redoublement_en_l1",
      "passage_en_l2_2_ans",
      "passage_en_l2_1_2_ans",
      "reorientation_en_dut_1_an",
      "reorientation_en_dut_2_ans",
      "reorientation_en_dut",
      "reussite_3_ans",
      "reussite_4_ans",
      "reussite_3_4_ans",
    ]) {
      expect(names).toContain(mesr);
    }
    expect(() => indicatorByName("taux_de_reussite")).toThrow(/indicateur inconnu « taux_de_reussite »/);
  });
});

describe("observationWindow()", () => {
  it("reads the first and last rentrées, and makes every result-based indicator unavailable without results", () => {
    const inscriptions = pl.DataFrame({ rentree: [2016, 2015, 2019] });
    const resultats = pl.DataFrame({ rentree: [2016, 2018] });
    expect(observationWindow(inscriptions, resultats)).toEqual({
      firstRentree: 2015,
      lastInscriptionRentree: 2019,
      lastResultRentree: 2018,
    });
    const none = observationWindow(inscriptions, resultats.head(0));
    expect(none.lastResultRentree).toBe(2014);
    expect(isObservable(indicatorByName("master_2_ans"), 2015, none)).toBe(false);
    expect(() => observationWindow(inscriptions.head(0), resultats)).toThrow(/aucune inscription/);
  });
});

describe("resolveBreakdown()", () => {
  it("accepts the SISE spellings of the derived breakdowns", () => {
    expect(["bac_rgrp", "age_bac", "pcspar", " sexe "].map(resolveBreakdown)).toEqual([
      "serie_bac",
      "age_au_bac",
      "origine_sociale",
      "sexe",
    ]);
  });
});

describe("selectCohort()", () => {
  it("refuses raw inscriptions with two rows for a student and rentrée", () => {
    const raw = pl.DataFrame({
      rentree: [2020, 2020],
      id_etu: ["a", "a"],
      typ_dipl: ["XA", "XA"],
      niveau: ["01", "01"],
      anbac: [2020, 2020],
    });
    expect(() => selectCohort(raw, licenceCohort(2020))).toThrow(/demande les inscriptions principales/);
  });
});
