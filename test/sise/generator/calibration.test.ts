import { describe, expect, test } from "vitest";
import { simulateSise } from "../../../src/sise/generator/generate-sise.js";
import {
  licencePassageCounts,
  licenceReussiteCounts,
} from "../../../src/sise/generator/licence-cohort-counts.js";

// Published national figures, re-typed from docs/sources.md §2 (MESR open dataset
// fr-esr-parcours-et-reussite-des-bacheliers-en-licence: passage cohort 2014, réussite cohort
// 2012): stratum → [passage en L2 en 1 an, licence en 3 ans, licence en 3 ou 4 ans], in %.
// Typed here independently of the generator's own constants, so that a typo there shows up.
const PUBLISHED: Record<string, [number, number, number]> = {
  all: [40.8, 28.4, 41.0],
  "serie:S": [55.6, 37.6, 52.1],
  "serie:ES": [49.4, 36.4, 52.1],
  "serie:L": [46.0, 32.5, 46.7],
  "serie:STMG": [11.2, 6.9, 14.1],
  "serie:TECHNO": [16.0, 10.2, 18.2],
  "serie:PRO": [4.6, 2.3, 5.0],
  "mention:A": [81.6, 69.8, 76.8],
  "mention:B": [71.8, 58.6, 69.8],
  "mention:C": [50.3, 39.8, 54.8],
  "mention:D": [29.1, 19.3, 32.6],
  "mention:P": [15.9, 9.0, 18.6],
  "mention:Q": [28.9, 18.0, 26.7],
  "age:R0": [51.0, 38.0, 53.0],
  "age:R1": [27.3, 18.5, 30.4],
  "age:R2": [20.0, 11.3, 19.2],
  "sexe:2": [44.6, 32.9, 45.8],
  "sexe:1": [35.2, 21.8, 34.0],
  "gd:DSA": [37.4, 26.9, 40.9],
  "gd:LLSH": [43.6, 31.4, 42.5],
  "gd:SI": [41.4, 23.8, 37.4],
  "gd:STAPS": [39.1, 27.7, 40.1],
};
/** Redoublement en L1, cohort 2014 (docs/sources.md §2). */
const REDOUBLEMENT = 29.0;
/** Licence obtained exactly in the 4th year, cohort 2012 (docs/sources.md §2). */
const REUSSITE_4TH_YEAR = 12.6;
/** Tolerance of the issue: ±2 points on a large sample. */
const TOLERANCE = 2;

function rate(hits: number, n: number): number {
  return (100 * hits) / n;
}

describe("synthetic SISE calibration (direct counting on generated data)", () => {
  // Néo-bacheliers only, entering 2012–2015: cohort 2014 gives the passage rates (observed in
  // 2015), cohort 2012 the réussite rates (sessions 2015 and 2016 = rentrées 2014 and 2015).
  const { inscriptions, resultats } = simulateSise({
    seed: 2014,
    entrants: 180_000,
    firstRentree: 2012,
    lastRentree: 2015,
    warmupYears: 0,
    populations: "neo",
  });

  // Counted directly on the generated rows with the MESR definitions (licence-cohort-counts.ts,
  // shared with the calibration table), then compared with the targets typed above.
  const passage = licencePassageCounts(inscriptions, 2014);
  const reussite = licenceReussiteCounts(inscriptions, resultats, 2012);

  test("the cohorts are large enough for a ±2-point comparison", () => {
    expect(passage.get("all")!.n).toBeGreaterThan(100_000);
    expect(reussite.get("all")!.n).toBeGreaterThan(100_000);
    for (const stratum of Object.keys(PUBLISHED)) {
      expect(passage.get(stratum)?.n ?? 0, stratum).toBeGreaterThan(2_000);
      expect(reussite.get(stratum)?.n ?? 0, stratum).toBeGreaterThan(2_000);
    }
  });

  test.each(Object.entries(PUBLISHED))(
    "stratum %s matches passage en L2 en 1 an and réussite en licence",
    (stratum, [p, r3, r34]) => {
      const s = passage.get(stratum)!;
      const t = reussite.get(stratum)!;
      expect(
        Math.abs(rate(s.passage, s.n) - p),
        `passage ${rate(s.passage, s.n).toFixed(1)} vs ${p}`,
      ).toBeLessThanOrEqual(TOLERANCE);
      expect(
        Math.abs(rate(t.in3, t.n) - r3),
        `licence 3 ans ${rate(t.in3, t.n).toFixed(1)} vs ${r3}`,
      ).toBeLessThanOrEqual(TOLERANCE);
      expect(
        Math.abs(rate(t.in34, t.n) - r34),
        `licence 3-4 ans ${rate(t.in34, t.n).toFixed(1)} vs ${r34}`,
      ).toBeLessThanOrEqual(TOLERANCE);
    },
  );

  test("redoublement en L1 and licence in exactly the 4th year match the national figures", () => {
    const all = passage.get("all")!;
    expect(Math.abs(rate(all.redoublement, all.n) - REDOUBLEMENT)).toBeLessThanOrEqual(TOLERANCE);
    const r = reussite.get("all")!;
    expect(Math.abs(rate(r.in34 - r.in3, r.n) - REUSSITE_4TH_YEAR)).toBeLessThanOrEqual(TOLERANCE);
  });
});
