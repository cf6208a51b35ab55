import { existsSync } from "node:fs";
import pl from "nodejs-polars";
import { describe, expect, it } from "vitest";
import { licenceCohort } from "../../src/indicators/cohort-definition.js";
import type { CohortOutcomes } from "../../src/indicators/cohort-outcomes.js";
import { INDICATORS } from "../../src/indicators/indicators.js";
import {
  mesrReferenceRates,
  type ReferenceRates,
  UNKNOWN_STRATUM,
} from "../../src/indicators/reference-rates.js";
import { valeurAjoutee } from "../../src/indicators/valeur-ajoutee.js";

type Cell = { etabli: string; serie_bac: string | null; mention_bac?: string; n: number; x: number };

// Outcomes of a licence cohort built from cells (establishment × stratum: n students, x successes).
function outcomesFrom(cells: Cell[]): CohortOutcomes {
  const rows: {
    etabli: string;
    serie_bac: string | null;
    mention_bac: string;
    passage_en_l2_1_an: boolean;
  }[] = [];
  for (const cell of cells) {
    for (let i = 0; i < cell.n; i++) {
      rows.push({
        etabli: cell.etabli,
        serie_bac: cell.serie_bac,
        mention_bac: cell.mention_bac ?? "C",
        passage_en_l2_1_an: i < cell.x,
      });
    }
  }
  const students = pl.DataFrame([
    pl.Series(
      "etabli",
      rows.map((r) => r.etabli),
      pl.Utf8,
    ),
    pl.Series(
      "serie_bac",
      rows.map((r) => r.serie_bac),
      pl.Utf8,
    ),
    pl.Series(
      "mention_bac",
      rows.map((r) => r.mention_bac),
      pl.Utf8,
    ),
    pl.Series(
      "passage_en_l2_1_an",
      rows.map((r) => r.passage_en_l2_1_an),
      pl.Bool,
    ),
  ]);
  const indicators = INDICATORS.filter((indicator) => indicator.cohort === "licence");
  return {
    definition: licenceCohort(2020),
    historyObserved: true,
    window: { firstRentree: 2019, lastInscriptionRentree: 2024, lastResultRentree: 2024 },
    indicators,
    available: Object.fromEntries(indicators.map((indicator) => [indicator.name, true])),
    students,
  };
}

const reference = (rates: Record<string, [number, number]>): ReferenceRates => ({
  indicator: "passage_en_l2_1_an",
  strata: ["serie_bac"],
  source: "test",
  rows: Object.entries(rates).map(([serie, [effectif, nombre]]) => ({
    stratum: { serie_bac: serie },
    effectif,
    nombre,
  })),
});

describe("valeurAjoutee()", () => {
  // Two establishments with the same stratum rates (60 % for bac S, 25 % for bac STMG) but
  // opposite intakes: raw rates 36.7 % and 55.9 %, yet both succeed exactly like each other.
  const sameRates: Cell[] = [
    { etabli: "E1", serie_bac: "3", n: 10, x: 6 },
    { etabli: "E1", serie_bac: "4", n: 20, x: 5 },
    { etabli: "E2", serie_bac: "3", n: 30, x: 18 },
    { etabli: "E2", serie_bac: "4", n: 4, x: 1 },
  ];

  it("gives VA = 0 to establishments succeeding like the reference in every stratum, whatever their raw rates", () => {
    const result = valeurAjoutee(outcomesFrom(sameRates), {
      indicator: "passage_en_l2_1_an",
      strata: ["serie_bac"],
    });
    const [e1, e2] = result.rows;
    expect(e1!.taux_brut).toBeCloseTo(11 / 30, 12);
    expect(e2!.taux_brut).toBeCloseTo(19 / 34, 12);
    expect(e1!.va).toBeCloseTo(0, 12);
    expect(e2!.va).toBeCloseTo(0, 12);
    expect(e1!.simule).toBeCloseTo((10 * 0.6 + 20 * 0.25) / 30, 12);
  });

  it("gives VA > 0 to an establishment doing better in every stratum, and VA = 0 against an external reference to the others", () => {
    const better: Cell[] = [
      ...sameRates,
      { etabli: "E3", serie_bac: "3", n: 10, x: 8 },
      { etabli: "E3", serie_bac: "4", n: 10, x: 4 },
    ];
    const national = reference({ "3": [1000, 600], "4": [400, 100] });
    const result = valeurAjoutee(outcomesFrom(better), {
      indicator: "passage_en_l2_1_an",
      strata: ["serie_bac"],
      reference: national,
    });
    const byUnit = Object.fromEntries(result.rows.map((row) => [row.unit, row]));
    expect(byUnit.E1!.va).toBeCloseTo(0, 12);
    expect(byUnit.E2!.va).toBeCloseTo(0, 12);
    // E3: observed 12/20 = 60 %, simulated (10·0.6 + 10·0.25)/20 = 42.5 %.
    expect(byUnit.E3!.va).toBeCloseTo(0.6 - 0.425, 12);
    expect(byUnit.E3!.va_ic_bas).toBeLessThan(byUnit.E3!.va);
    // With the internal reference E3 raises p_s: it stays positive and the others turn negative.
    const internal = valeurAjoutee(outcomesFrom(better), {
      indicator: "passage_en_l2_1_an",
      strata: ["serie_bac"],
    });
    const internalByUnit = Object.fromEntries(internal.rows.map((row) => [row.unit, row]));
    expect(internalByUnit.E3!.va).toBeGreaterThan(0);
    expect(internalByUnit.E1!.va).toBeLessThan(0);
  });

  it("computes the documented variance approximation", () => {
    const national = reference({ "3": [1000, 600], "4": [400, 100] });
    const result = valeurAjoutee(outcomesFrom(sameRates), {
      indicator: "passage_en_l2_1_an",
      strata: ["serie_bac"],
      reference: national,
    });
    const e1 = result.rows[0]!;
    const observed = 11 / 30;
    const varObserved = (observed * (1 - observed)) / 30;
    const varSimulated = ((10 / 30) ** 2 * (0.6 * 0.4)) / 1000 + ((20 / 30) ** 2 * (0.25 * 0.75)) / 400;
    expect(e1.va_se).toBeCloseTo(Math.sqrt(varObserved + varSimulated), 12);
    expect(e1.se_reference).toBeCloseTo(Math.sqrt(10 * 0.24 + 20 * 0.1875) / 30, 12);
    expect(e1.va_ic_haut - e1.va_ic_bas).toBeCloseTo(2 * 1.959964 * e1.va_se, 5);
    expect(result.referenceRate).toBeCloseTo((10 * 0.6 + 20 * 0.25 + 30 * 0.6 + 4 * 0.25) / 64, 12);
  });

  it("keeps unknown characteristics as their own stratum and leaves out students without a reference rate", () => {
    const cells: Cell[] = [
      { etabli: "E1", serie_bac: "3", n: 10, x: 6 },
      { etabli: "E1", serie_bac: null, n: 5, x: 1 },
      { etabli: "E1", serie_bac: "A", n: 4, x: 4 },
    ];
    const national = reference({ "3": [1000, 600], [UNKNOWN_STRATUM]: [100, 20] });
    const [e1] = valeurAjoutee(outcomesFrom(cells), {
      indicator: "passage_en_l2_1_an",
      strata: ["serie_bac"],
      reference: national,
    }).rows;
    expect(e1).toMatchObject({ effectif: 19, effectif_standardise: 15, effectif_hors_reference: 4 });
    expect(e1!.taux_brut).toBeCloseTo(11 / 19, 12);
    expect(e1!.observe).toBeCloseTo(7 / 15, 12);
    expect(e1!.simule).toBeCloseTo((10 * 0.6 + 5 * 0.2) / 15, 12);
  });

  it("refuses a reference built on other strata or another indicator", () => {
    const outcomes = outcomesFrom(sameRates);
    expect(() =>
      valeurAjoutee(outcomes, {
        indicator: "passage_en_l2_1_an",
        strata: ["serie_bac", "mention_bac"],
        reference: reference({ "3": [1, 1] }),
      }),
    ).toThrow(/strates/);
    expect(() =>
      valeurAjoutee(outcomes, {
        indicator: "redoublement_en_l1",
        strata: ["serie_bac"],
        reference: reference({ "3": [1, 1] }),
      }),
    ).toThrow(/pas sur « redoublement_en_l1 »/);
  });
});

const MESR_FILE =
  "../shared/reference-data/mesr_parcours_reussite_licence/fr-esr-parcours-et-reussite-des-bacheliers-en-licence.csv";
const hasMesr = existsSync(MESR_FILE);
if (!hasMesr) console.warn(`skipping the MESR national-strata tests: ${MESR_FILE} is absent`);

describe.skipIf(!hasMesr)("mesrReferenceRates() on MESR's open dataset (../shared/reference-data)", () => {
  it("reproduces the published national rates by bac series (cohort 2014) and the licence rate (cohort 2012)", () => {
    const bySerie = mesrReferenceRates(MESR_FILE, "passage_en_l2_1_an", ["bac_rgrp"]);
    const percent = Object.fromEntries(
      bySerie.rows.map((row) => [row.stratum.serie_bac, Math.round((1000 * row.nombre) / row.effectif) / 10]),
    );
    // docs/sources.md §2: L2 in 1 year, bac L / ES / S / STMG / other techno / pro.
    expect(percent).toEqual({ "1": 46.0, "2": 49.4, "3": 55.6, "4": 11.2, "5": 16.0, "6": 4.6 });
    const all = mesrReferenceRates(MESR_FILE, "reussite_3_4_ans", []);
    expect(all.rows).toHaveLength(1);
    expect(all.rows[0]!.effectif).toBe(147841);
    expect(Math.round((1000 * all.rows[0]!.nombre) / all.rows[0]!.effectif) / 10).toBe(41.0);
  });

  it("gives VA = 0 to an establishment with the national counts in each stratum, and VA > 0 to one doing better", () => {
    const strata = ["serie_bac", "mention_bac"];
    const national = mesrReferenceRates(MESR_FILE, "passage_en_l2_1_an", strata);
    // Take the national strata of bac L (1) as they are: 6 cells, ~31,000 students.
    const cells: Cell[] = national.rows
      .filter((row) => row.stratum.serie_bac === "1")
      .map((row) => ({
        etabli: "NAT",
        serie_bac: "1",
        mention_bac: row.stratum.mention_bac,
        n: row.effectif,
        x: row.nombre,
      }));
    // And an establishment with 100 students per stratum, each 5 points above the national rate.
    for (const cell of cells.slice()) {
      const rate = cell.x / cell.n;
      cells.push({
        etabli: "TOP",
        serie_bac: "1",
        mention_bac: cell.mention_bac,
        n: 100,
        x: Math.min(100, Math.ceil(100 * rate + 5)),
      });
    }
    const result = valeurAjoutee(outcomesFrom(cells), {
      indicator: "passage_en_l2_1_an",
      strata,
      reference: national,
    });
    const byUnit = Object.fromEntries(result.rows.map((row) => [row.unit, row]));
    expect(byUnit.NAT!.va).toBeCloseTo(0, 10);
    expect(byUnit.NAT!.effectif).toBe(31089);
    expect(byUnit.TOP!.va).toBeGreaterThan(0.05);
  });
});
