import pl from "nodejs-polars";
import { beforeAll, describe, expect, it } from "vitest";
import { butCohort, licenceCohort, masterCohort } from "../../src/indicators/cohort-definition.js";
import { cohortFlows } from "../../src/indicators/cohort-flows.js";
import { cohortIndicators } from "../../src/indicators/cohort-indicators.js";
import {
  type CohortOutcomes,
  cohortOutcomes,
  type FollowUpInput,
} from "../../src/indicators/cohort-outcomes.js";
import { followUpInput } from "../../src/indicators/follow-up-input.js";
import { INDICATORS } from "../../src/indicators/indicators.js";
import { selectCohort } from "../../src/indicators/select-cohort.js";
import { wilsonInterval } from "../../src/indicators/wilson-interval.js";
import { cohortSankeyFigure } from "../../src/viz/cohort-sankey-figure.js";
import { A, B, EXPECTED_2020, microExtract } from "./micro-cohort.js";

let input: FollowUpInput;
let outcomes2020: CohortOutcomes;

beforeAll(() => {
  const { inscriptions, resultats } = microExtract();
  input = followUpInput(inscriptions, resultats);
  outcomes2020 = cohortOutcomes(selectCohort(input.principal, licenceCohort(2020)), input);
});

const licenceIndicators = INDICATORS.filter((indicator) => indicator.cohort === "licence").map((i) => i.name);
const expectedCount = (name: string, ids = Object.keys(EXPECTED_2020)) =>
  ids.filter((id) => EXPECTED_2020[id]!.includes(name)).length;

describe("selectCohort()", () => {
  it("keeps the néo-bacheliers first enrolled in L1 and applies the MESR exclusions", () => {
    const ids = outcomes2020.students.getColumn("id_etu").toArray();
    // Excluded by hand: CPGE double (x01), not néo-bachelier (x02), enrolled before (x03),
    // entered in L2 (x04), entered a DUT (x05), other cohorts (c22–c24), masters, BUT.
    expect(ids).toEqual(Object.keys(EXPECTED_2020).sort());
    expect(ids).toHaveLength(26);
    expect(outcomes2020.historyObserved).toBe(true);
  });

  it("counts a student with a double enrolment once, at the establishment of the principal one", () => {
    const p14 = outcomes2020.students.filter(pl.col("id_etu").eq(pl.lit("p14")));
    expect(p14.height).toBe(1);
    expect(p14.getColumn("etabli").toArray()).toEqual([A]);
  });

  it("restricts to one establishment or keeps all entrants when asked", () => {
    expect(selectCohort(input.principal, licenceCohort(2020, { etabli: [B] })).students.height).toBe(4); // p20–p23
    // All entrants: the non-néo-bachelier (x02) and the former capacité student (x03) come back.
    const all = selectCohort(
      input.principal,
      licenceCohort(2020, { neoBacheliers: false, firstEntry: false }),
    );
    expect(all.students.height).toBe(28);
  });
});

describe("cohortIndicators() on the micro cohort", () => {
  it("gives exactly the hand-derived counts and rates of every licence indicator", () => {
    const { rows } = cohortIndicators(outcomes2020);
    expect(rows.map((row) => row.indicateur)).toEqual(licenceIndicators);
    for (const row of rows) {
      const x = expectedCount(row.indicateur);
      expect({ name: row.indicateur, nombre: row.nombre, effectif: row.effectif }).toEqual({
        name: row.indicateur,
        nombre: x,
        effectif: 26,
      });
      expect(row.taux).toBeCloseTo(x / 26, 12);
      expect(row.disponible).toBe(true);
      expect(row.petit_effectif).toBe(true);
    }
  });

  it("reports the hand-counted figures of the micro cohort", () => {
    const byName = Object.fromEntries(
      cohortIndicators(outcomes2020).rows.map((row) => [row.indicateur, row.nombre]),
    );
    expect(byName).toMatchObject({
      passage_en_l2_1_an: 12,
      redoublement_en_l1: 5,
      reorientation_1_an: 5,
      sortie_1_an: 4,
      passage_en_l2_2_ans: 1,
      passage_en_l2_1_2_ans: 13,
      reorientation_en_dut_1_an: 2,
      reorientation_en_dut_2_ans: 1,
      reorientation_en_dut: 3,
      reussite_3_ans: 4,
      reussite_4_ans: 2,
      reussite_3_4_ans: 6,
    });
  });

  it("splits devenir en 1 an into four categories summing to the cohort", () => {
    const { rows } = cohortIndicators(outcomes2020, { by: ["etabli"] });
    for (const etabli of [A, B]) {
      const four = rows.filter(
        (row) =>
          row.group.etabli === etabli &&
          ["passage_en_l2_1_an", "redoublement_en_l1", "reorientation_1_an", "sortie_1_an"].includes(
            row.indicateur,
          ),
      );
      const total = four.reduce((sum, row) => sum + row.nombre!, 0);
      expect(total).toBe(four[0]!.effectif);
      expect(four.reduce((sum, row) => sum + row.taux!, 0)).toBeCloseTo(1, 12);
    }
  });

  it("breaks down by establishment × bac series with Wilson intervals and small-denominator flags", () => {
    const table = cohortIndicators(outcomes2020, { by: ["etabli", "bac_rgrp"], smallDenominator: 5 });
    expect(table.by).toEqual(["etabli", "serie_bac"]);
    const groups = table.wide
      .select("etabli", "serie_bac", "effectif_neobacheliers_passage", "petit_effectif")
      .toRecords();
    expect(groups).toEqual([
      { etabli: A, serie_bac: "3", effectif_neobacheliers_passage: 22, petit_effectif: false },
      { etabli: B, serie_bac: "3", effectif_neobacheliers_passage: 2, petit_effectif: true },
      { etabli: B, serie_bac: "4", effectif_neobacheliers_passage: 1, petit_effectif: true },
      { etabli: B, serie_bac: "6", effectif_neobacheliers_passage: 1, petit_effectif: true },
    ]);
    const idsAt = (etabli: string, serie: string) =>
      outcomes2020.students
        .filter(
          pl
            .col("etabli")
            .eq(pl.lit(etabli))
            .and(pl.col("serie_bac").eq(pl.lit(serie))),
        )
        .getColumn("id_etu")
        .toArray() as string[];
    const passageA = expectedCount("passage_en_l2_1_an", idsAt(A, "3"));
    const row = table.rows.find(
      (r) => r.group.etabli === A && r.group.serie_bac === "3" && r.indicateur === "passage_en_l2_1_an",
    )!;
    expect(row.nombre).toBe(passageA);
    expect(passageA).toBe(11); // p01–p03, p13–p16, p18, p19, p25, p26 (p22 entered at B)
    expect({ lower: row.ic_bas, upper: row.ic_haut }).toEqual({
      lower: wilsonInterval(passageA, 22).lower,
      upper: wilsonInterval(passageA, 22).upper,
    });
  });

  it("writes the MESR open-data field names in the wide table", () => {
    const { wide } = cohortIndicators(outcomes2020, { by: ["sexe"] });
    expect(wide.columns.slice(0, 5)).toEqual([
      "sexe",
      "cohorte_passage",
      "effectif_neobacheliers_passage",
      "cohorte_reussite",
      "effectif_neobacheliers_reussite",
    ]);
    for (const name of [
      "passage_en_l2_1_an",
      "redoublement_en_l1",
      "passage_en_l2_2_ans",
      "passage_en_l2_1_2_ans",
      "reorientation_en_dut_1_an",
      "reussite_3_ans",
      "reussite_4_ans",
      "reussite_3_4_ans",
    ]) {
      expect(wide.columns).toContain(name);
      expect(wide.columns).toContain(`taux_${name}_ic_bas`);
    }
    expect(wide.getColumn("effectif_neobacheliers_passage").toArray()).toEqual([2, 24]); // men (sexe 1: p20, p21) first
  });

  it("rejects an unknown breakdown or an indicator of another cohort kind", () => {
    expect(() => cohortIndicators(outcomes2020, { by: ["region"] })).toThrow(
      /ventilation inconnue « region »/,
    );
    expect(() => cohortIndicators(outcomes2020, { indicators: ["but_3_ans"] })).toThrow(
      /défini sur les cohortes but/,
    );
  });
});

describe("cohortIndicators() and right-censoring", () => {
  it("reports licence in 4 years as not available for a cohort whose 4th session is not in the data", () => {
    const outcomes = cohortOutcomes(selectCohort(input.principal, licenceCohort(2022)), input);
    const rows = cohortIndicators(outcomes).rows;
    const get = (name: string) => rows.find((row) => row.indicateur === name)!;
    expect(get("passage_en_l2_1_an")).toMatchObject({ disponible: true, effectif: 1, nombre: 1 });
    expect(get("reussite_3_ans")).toMatchObject({ disponible: true, nombre: 0 });
    for (const name of ["reussite_4_ans", "reussite_3_4_ans"]) {
      expect(get(name)).toMatchObject({
        disponible: false,
        effectif: null,
        nombre: null,
        taux: null,
        ic_bas: null,
      });
    }
  });

  it("reports passage in 2 years as not available one year before it can be observed, and nothing for the last rentrée", () => {
    const rows2023 = cohortIndicators(
      cohortOutcomes(selectCohort(input.principal, licenceCohort(2023)), input),
    ).rows;
    expect(rows2023.find((row) => row.indicateur === "passage_en_l2_1_an")).toMatchObject({
      disponible: true,
      nombre: 1,
    });
    expect(rows2023.find((row) => row.indicateur === "passage_en_l2_2_ans")).toMatchObject({
      disponible: false,
      nombre: null,
    });
    const table2024 = cohortIndicators(
      cohortOutcomes(selectCohort(input.principal, licenceCohort(2024)), input),
    );
    expect(table2024.rows.every((row) => !row.disponible)).toBe(true);
    expect(table2024.wide.getColumn("taux_passage_en_l2_1_an").toArray()).toEqual([null]);
    expect(table2024.wide.getColumn("effectif_neobacheliers_passage").toArray()).toEqual([1]);
  });
});

describe("cohortIndicators() on master and BUT cohorts", () => {
  it("follows first-time M1 entrants to the master in 2 and in 2 or 3 years", () => {
    const outcomes = cohortOutcomes(selectCohort(input.principal, masterCohort(2020)), input);
    expect(outcomes.students.getColumn("id_etu").toArray()).toEqual(["m01", "m02", "m04"]); // m03 repeats M1
    const rows = cohortIndicators(outcomes).rows;
    expect(rows.map((row) => [row.indicateur, row.nombre, row.effectif])).toEqual([
      ["master_2_ans", 1, 3],
      ["master_2_3_ans", 2, 3],
    ]);
  });

  it("follows BUT néo-bacheliers to the 2nd year and to the BUT in 3 years", () => {
    const outcomes = cohortOutcomes(selectCohort(input.principal, butCohort(2021)), input);
    expect(outcomes.students.getColumn("id_etu").toArray()).toEqual(["b01", "b02", "b03"]); // p08 had its bac in 2020
    const rows = cohortIndicators(outcomes).rows;
    expect(rows.map((row) => [row.indicateur, row.nombre, row.effectif])).toEqual([
      ["passage_but_2e_annee", 2, 3],
      ["but_3_ans", 1, 3],
    ]);
  });
});

describe("cohortFlows()", () => {
  it("counts the cohort's moves only, the first year's flows summing to the cohort", () => {
    const cohort = cohortFlows(outcomes2020, input, { years: 2 });
    expect([cohort.rentree, cohort.students]).toEqual([2020, 26]);
    const years = cohort.flows.getColumn("from_rentree").toArray() as number[];
    expect(Math.min(...years)).toBe(2020);
    expect(Math.max(...years)).toBeLessThanOrEqual(2021);
    const first = cohort.flows.filter(pl.col("from_rentree").eq(pl.lit(2020)));
    expect((first.getColumn("n").toArray() as number[]).reduce((a, b) => a + Number(b), 0)).toBe(26);
  });
});

describe("cohortSankeyFigure(cohortFlows())", () => {
  it("draws the cohort's moves only, each column summing to the cohort", () => {
    const figure = cohortSankeyFigure(cohortFlows(outcomes2020, input, { years: 2 }));
    const trace = figure.data[0] as {
      type: string;
      link: { source: number[]; target: number[]; value: number[] };
      node: { label: string[] };
    };
    expect(trace.type).toBe("sankey");
    // Outflows of the first column (2020): the 26 students of the cohort.
    const sources = new Set(trace.link.target);
    const firstColumn = trace.link.source.filter((s) => !sources.has(s));
    const outflow = trace.link.value
      .filter((_, i) => firstColumn.includes(trace.link.source[i]!))
      .reduce((a, b) => a + b, 0);
    expect(outflow).toBe(26);
  });
});

describe("cohortIndicators() determinism", () => {
  it("writes byte-identical CSV for the same input, whatever the input row order", () => {
    const { inscriptions, resultats } = microExtract();
    const csv = (ins: pl.DataFrame, res: pl.DataFrame) => {
      const followUp = followUpInput(ins, res);
      const outcomes = cohortOutcomes(selectCohort(followUp.principal, licenceCohort(2020)), followUp);
      return cohortIndicators(outcomes, { by: ["etabli", "sexe"] })
        .wide.writeCSV()
        .toString();
    };
    const first = csv(inscriptions, resultats);
    const reversed = csv(inscriptions.reverse(), resultats.reverse());
    expect(reversed).toBe(first);
    expect(first.split("\n")[0]).toMatch(/^etabli,sexe,cohorte_passage,effectif_neobacheliers_passage,/);
  });
});
