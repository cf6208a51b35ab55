import { readdirSync } from "node:fs";
import { join } from "node:path";
import pl from "nodejs-polars";
import { beforeAll, describe, expect, it } from "vitest";
import { licenceCohort } from "../../src/indicators/cohort-definition.js";
import { cohortIndicators, type IndicatorRow } from "../../src/indicators/cohort-indicators.js";
import { cohortOutcomes, type FollowUpInput } from "../../src/indicators/cohort-outcomes.js";
import { followUpInput } from "../../src/indicators/follow-up-input.js";
import { selectCohort } from "../../src/indicators/select-cohort.js";
import { wilsonInterval } from "../../src/indicators/wilson-interval.js";
import { LICENCE_TARGETS_BY_COHORT } from "../../src/sise/generator/calibration-targets.js";
import { simulateSise } from "../../src/sise/generator/generate-sise.js";

// Published national figures, re-typed from docs/sources.md §2 (MESR open dataset
// fr-esr-parcours-et-reussite-des-bacheliers-en-licence: passage cohort 2014, réussite cohort
// 2012): [breakdown, code] → [passage en L2 en 1 an, licence en 3 ans, licence en 3 ou 4 ans], in %.
const PUBLISHED: [string, string, [number, number, number]][] = [
  ["serie_bac", "3", [55.6, 37.6, 52.1]],
  ["serie_bac", "2", [49.4, 36.4, 52.1]],
  ["serie_bac", "1", [46.0, 32.5, 46.7]],
  ["serie_bac", "4", [11.2, 6.9, 14.1]],
  ["serie_bac", "5", [16.0, 10.2, 18.2]],
  ["serie_bac", "6", [4.6, 2.3, 5.0]],
  ["mention_bac", "A", [81.6, 69.8, 76.8]],
  ["mention_bac", "B", [71.8, 58.6, 69.8]],
  ["mention_bac", "C", [50.3, 39.8, 54.8]],
  ["mention_bac", "D", [29.1, 19.3, 32.6]],
  ["mention_bac", "P", [15.9, 9.0, 18.6]],
  ["mention_bac", "Q", [28.9, 18.0, 26.7]],
  ["age_au_bac", "R0", [51.0, 38.0, 53.0]],
  ["age_au_bac", "R1", [27.3, 18.5, 30.4]],
  ["age_au_bac", "R2", [20.0, 11.3, 19.2]],
  ["sexe", "2", [44.6, 32.9, 45.8]],
  ["sexe", "1", [35.2, 21.8, 34.0]],
  ["gd_discipline", "DSA", [37.4, 26.9, 40.9]],
  ["gd_discipline", "LLSH", [43.6, 31.4, 42.5]],
  ["gd_discipline", "SI", [41.4, 23.8, 37.4]],
  ["gd_discipline", "STAPS", [39.1, 27.7, 40.1]],
];
/** Whole cohort: passage 40.8 %, redoublement 29.0 % (2014); licence in 3 years 28.4 %, exactly in the 4th 12.6 %, 3–4 years 41.0 % (2012). */
const ALL = { passage: 40.8, redoublement: 29.0, reussite3: 28.4, reussite4: 12.6, reussite34: 41.0 };
/** The generator's calibration tolerance: ±2 points on a large sample. */
const TOLERANCE = 2;

const percent = (row: IndicatorRow | undefined) => 100 * (row?.taux ?? Number.NaN);

function frames(sim: ReturnType<typeof simulateSise>) {
  const all = (buffers: Iterable<{ toDataFrame(): pl.DataFrame }>) =>
    pl.concat([...buffers].map((b) => b.toDataFrame()));
  return { inscriptions: all(sim.inscriptions.values()), resultats: all(sim.resultats.values()) };
}

// The toolkit's full chain (principal enrolment → transitions → cohort → indicators) on a large
// generated sample, against the national strata the generator was calibrated on: an independent
// cross-check of both the generator and the indicator definitions.
describe("cohort indicators on a large synthetic sample match MESR's national strata", {
  timeout: 600_000,
}, () => {
  let passage: IndicatorRow[];
  let reussite: IndicatorRow[];
  let passageAll: IndicatorRow[];
  let reussiteAll: IndicatorRow[];

  beforeAll(() => {
    // Néo-bacheliers of 2012–2015 only (as for the calibration table, scripts/calibration-table.mjs).
    const { inscriptions, resultats } = frames(
      simulateSise({
        seed: 2014,
        entrants: 60_000,
        firstRentree: 2012,
        lastRentree: 2015,
        warmupYears: 0,
        populations: "neo",
      }),
    );
    const input = followUpInput(inscriptions, resultats);
    const follow = (rentree: number) =>
      cohortOutcomes(selectCohort(input.principal, licenceCohort(rentree)), input);
    const cohort2014 = follow(2014);
    const cohort2012 = follow(2012);
    const names = {
      passage: ["passage_en_l2_1_an", "redoublement_en_l1"],
      reussite: ["reussite_3_ans", "reussite_4_ans", "reussite_3_4_ans"],
    };
    passageAll = cohortIndicators(cohort2014, { indicators: names.passage }).rows;
    reussiteAll = cohortIndicators(cohort2012, { indicators: names.reussite }).rows;
    passage = [];
    reussite = [];
    for (const by of ["serie_bac", "mention_bac", "age_au_bac", "sexe", "gd_discipline"]) {
      passage.push(...cohortIndicators(cohort2014, { by: [by], indicators: names.passage }).rows);
      reussite.push(...cohortIndicators(cohort2012, { by: [by], indicators: names.reussite }).rows);
    }
    // Simulating 60,000 entrants takes about a minute on two cores: above vitest's hook default.
  }, 600_000);

  it("whole cohort: passage, redoublement and licence in 3, exactly 4 and 3–4 years", () => {
    const get = (rows: IndicatorRow[], name: string) => percent(rows.find((row) => row.indicateur === name));
    expect(Math.abs(get(passageAll, "passage_en_l2_1_an") - ALL.passage)).toBeLessThanOrEqual(TOLERANCE);
    expect(Math.abs(get(passageAll, "redoublement_en_l1") - ALL.redoublement)).toBeLessThanOrEqual(TOLERANCE);
    expect(Math.abs(get(reussiteAll, "reussite_3_ans") - ALL.reussite3)).toBeLessThanOrEqual(TOLERANCE);
    expect(Math.abs(get(reussiteAll, "reussite_4_ans") - ALL.reussite4)).toBeLessThanOrEqual(TOLERANCE);
    expect(Math.abs(get(reussiteAll, "reussite_3_4_ans") - ALL.reussite34)).toBeLessThanOrEqual(TOLERANCE);
  });

  it.each(PUBLISHED)(
    "%s %s: passage en L2 en 1 an and réussite en licence in 3 and 3–4 years",
    (by, code, [p, r3, r34]) => {
      const find = (rows: IndicatorRow[], name: string) =>
        rows.find((row) => row.group[by] === code && row.indicateur === name);
      const observed = {
        passage: percent(find(passage, "passage_en_l2_1_an")),
        reussite3: percent(find(reussite, "reussite_3_ans")),
        reussite34: percent(find(reussite, "reussite_3_4_ans")),
      };
      expect(find(passage, "passage_en_l2_1_an")!.effectif).toBeGreaterThan(1_000);
      expect(
        Math.abs(observed.passage - p),
        `passage ${observed.passage.toFixed(1)} vs ${p}`,
      ).toBeLessThanOrEqual(TOLERANCE);
      expect(
        Math.abs(observed.reussite3 - r3),
        `licence 3 ans ${observed.reussite3.toFixed(1)} vs ${r3}`,
      ).toBeLessThanOrEqual(TOLERANCE);
      expect(
        Math.abs(observed.reussite34 - r34),
        `licence 3-4 ans ${observed.reussite34.toFixed(1)} vs ${r34}`,
      ).toBeLessThanOrEqual(TOLERANCE);
    },
  );
});

// The embedded extract (data/sise, ~2,300 néo-bacheliers per cohort) is too small for ±2 points,
// so each cohort's rate is checked against the generator's yearly target with its own sampling
// error: the target must lie inside the 99.8 % Wilson interval of the synthetic rate.
describe("cohort indicators on the embedded synthetic extract (data/sise) match the yearly targets", {
  timeout: 300_000,
}, () => {
  let input: FollowUpInput;

  beforeAll(() => {
    // Read the Parquet files directly (the validating reader is tested elsewhere and slower).
    const dir = "data/sise";
    const read = (prefix: string) =>
      pl.concat(
        readdirSync(dir)
          .filter((name) => name.startsWith(prefix) && name.endsWith(".parquet"))
          .sort()
          .map((name) => pl.readParquet(join(dir, name))),
      );
    input = followUpInput(read("inscri"), read("result"));
  });

  it.each([2016, 2017, 2018, 2019, 2020, 2021])("cohort %i", (rentree) => {
    const outcomes = cohortOutcomes(selectCohort(input.principal, licenceCohort(rentree)), input);
    const target = LICENCE_TARGETS_BY_COHORT[rentree]!;
    const checks: [string, number][] = [
      ["passage_en_l2_1_an", target.passage],
      ["redoublement_en_l1", target.redoublement],
      ["reussite_3_ans", target.reussite3],
      ["reussite_3_4_ans", target.reussite34],
    ];
    const rows = cohortIndicators(outcomes).rows;
    expect(outcomes.students.height).toBeGreaterThan(1_500);
    for (const [name, expected] of checks) {
      const row = rows.find((r) => r.indicateur === name)!;
      expect(row.disponible, name).toBe(true);
      const interval = wilsonInterval(row.nombre!, row.effectif!, { confidence: 0.998 });
      expect(expected / 100, `${name}: ${percent(row).toFixed(1)} % vs ${expected} %`).toBeGreaterThanOrEqual(
        interval.lower!,
      );
      expect(expected / 100, `${name}: ${percent(row).toFixed(1)} % vs ${expected} %`).toBeLessThanOrEqual(
        interval.upper!,
      );
    }
  });
});
