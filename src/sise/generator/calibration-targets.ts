/**
 * Published national figures the synthetic generator is calibrated against, re-typed (not
 * copied) from docs/sources.md §2 (MESR's open dataset
 * `fr-esr-parcours-et-reussite-des-bacheliers-en-licence`: passage cohort 2014, réussite cohort
 * 2012) and §3 (the SIES Notes Flash, for recent cohorts).
 * Rates are percentages; counts are numbers of néo-bacheliers in L1.
 */

/** One stratum of the MESR licence table: its cohort sizes and published rates (%). */
export interface LicenceStratumTarget {
  /** Néo-bacheliers of the passage cohort (2014). */
  nPassage: number;
  /** Passage en L2 en 1 an (%). */
  passage: number;
  /** Néo-bacheliers of the réussite cohort (2012). */
  nReussite: number;
  /** Licence obtained at the session 3 years after entry (%). */
  reussite3: number;
  /** Licence obtained at the session 3 or 4 years after entry (%). */
  reussite34: number;
}

/** Internal bac series used by the generator (bac général after 2021 keeps its profile). */
export type SeriesKey = "S" | "ES" | "L" | "STMG" | "TECHNO" | "PRO";
/** Mention au bac, SISE codes. */
export type MentionKey = "A" | "B" | "C" | "D" | "P" | "Q";
/** Âge au bac category (R4 = bac pro, not counted). */
export type AgeKey = "R0" | "R1" | "R2" | "R4";
/** Sexe, SISE codes. */
export type SexeKey = "1" | "2";
/** Grande discipline of the licence. */
export type GdKey = "DSA" | "LLSH" | "SI" | "STAPS";
/** Origine sociale ORI01–ORI05. */
export type OrigineKey = "ORI01" | "ORI02" | "ORI03" | "ORI04" | "ORI05";

/** Every series, in the order the tables below use. */
export const SERIES_KEYS: readonly SeriesKey[] = ["S", "ES", "L", "STMG", "TECHNO", "PRO"];
/** Every mention. */
export const MENTION_KEYS: readonly MentionKey[] = ["A", "B", "C", "D", "P", "Q"];
/** Counted âge au bac categories (bac pro excluded). */
export const AGE_KEYS: readonly AgeKey[] = ["R0", "R1", "R2"];
/** Both sexes. */
export const SEXE_KEYS: readonly SexeKey[] = ["1", "2"];
/** The four licence grandes disciplines of the MESR table. */
export const GD_KEYS: readonly GdKey[] = ["DSA", "LLSH", "SI", "STAPS"];
/** The five origines sociales. */
export const ORIGINE_KEYS: readonly OrigineKey[] = ["ORI01", "ORI02", "ORI03", "ORI04", "ORI05"];

function t(
  nPassage: number,
  passage: number,
  nReussite: number,
  reussite3: number,
  reussite34: number,
): LicenceStratumTarget {
  return { nPassage, passage, nReussite, reussite3, reussite34 };
}

/**
 * National licence figures by stratum (docs/sources.md §2, passage cohort 2014, réussite cohort
 * 2012).
 *
 * @example
 * LICENCE_TARGETS.series.S.passage; // 55.6
 */
export const LICENCE_TARGETS = {
  all: t(159_766, 40.8, 147_841, 28.4, 41.0),
  series: {
    S: t(43_130, 55.6, 37_064, 37.6, 52.1),
    ES: t(46_424, 49.4, 45_772, 36.4, 52.1),
    L: t(31_089, 46.0, 28_435, 32.5, 46.7),
    STMG: t(13_959, 11.2, 13_715, 6.9, 14.1),
    TECHNO: t(10_637, 16.0, 7_921, 10.2, 18.2),
    PRO: t(14_527, 4.6, 14_934, 2.3, 5.0),
  } satisfies Record<SeriesKey, LicenceStratumTarget>,
  mention: {
    A: t(7_253, 81.6, 4_224, 69.8, 76.8),
    B: t(19_856, 71.8, 15_152, 58.6, 69.8),
    C: t(44_192, 50.3, 38_198, 39.8, 54.8),
    D: t(60_675, 29.1, 61_220, 19.3, 32.6),
    P: t(22_828, 15.9, 23_913, 9.0, 18.6),
    Q: t(4_962, 28.9, 5_134, 18.0, 26.7),
  } satisfies Record<MentionKey, LicenceStratumTarget>,
  age: {
    R0: t(107_393, 51.0, 91_282, 38.0, 53.0),
    R1: t(29_625, 27.3, 30_790, 18.5, 30.4),
    R2: t(8_221, 20.0, 10_835, 11.3, 19.2),
  } satisfies Record<Exclude<AgeKey, "R4">, LicenceStratumTarget>,
  sexe: {
    "2": t(94_697, 44.6, 87_042, 32.9, 45.8),
    "1": t(65_069, 35.2, 60_799, 21.8, 34.0),
  } satisfies Record<SexeKey, LicenceStratumTarget>,
  gd: {
    DSA: t(53_076, 37.4, 52_714, 26.9, 40.9),
    LLSH: t(65_514, 43.6, 61_058, 31.4, 42.5),
    SI: t(26_971, 41.4, 22_140, 23.8, 37.4),
    STAPS: t(14_184, 39.1, 11_896, 27.7, 40.1),
  } satisfies Record<GdKey, LicenceStratumTarget>,
} as const;

/** Redoublement en L1, cohort 2014 (docs/sources.md §2): 29.0 %. */
export const REDOUBLEMENT_2014 = 29.0;

/**
 * Passage en L2 by origine sociale, cohort 2023, with cohort sizes (docs/sources.md §3).
 *
 * @example
 * PASSAGE_BY_ORIGINE_2023.ORI04.passage; // 39.7
 */
export const PASSAGE_BY_ORIGINE_2023: Record<OrigineKey, { n: number; passage: number }> = {
  ORI01: { n: 62_982, passage: 58.0 },
  ORI02: { n: 27_340, passage: 50.5 },
  ORI03: { n: 53_523, passage: 46.7 },
  ORI04: { n: 37_555, passage: 39.7 },
  ORI05: { n: 7_126, passage: 34.3 },
};

/**
 * Yearly licence figures by cohort (entry year): passage and redoublement in one year, licence
 * in 3 years and in 3–4 years, in %. Published values (docs/sources.md §3: cohorts 2021–2023 for
 * passage, bacheliers 2019 and 2020 for réussite; §3 for 2014 and 2012) are used where they
 * exist; years in between are linear interpolations and later years repeat the last published
 * value — a documented assumption of the generator, not a published figure.
 */
export const LICENCE_TARGETS_BY_COHORT: Record<
  number,
  { passage: number; redoublement: number; reussite3: number; reussite34: number }
> = {
  2010: { passage: 40.8, redoublement: 29.0, reussite3: 28.4, reussite34: 41.0 },
  2011: { passage: 40.8, redoublement: 29.0, reussite3: 28.4, reussite34: 41.0 },
  2012: { passage: 40.8, redoublement: 29.0, reussite3: 28.4, reussite34: 41.0 },
  2013: { passage: 40.8, redoublement: 29.0, reussite3: 28.4, reussite34: 41.0 },
  2014: { passage: 40.8, redoublement: 29.0, reussite3: 28.4, reussite34: 41.0 },
  2015: { passage: 40.8, redoublement: 29.0, reussite3: 28.4, reussite34: 41.0 },
  2016: { passage: 41.3, redoublement: 28.5, reussite3: 29.9, reussite34: 42.2 },
  2017: { passage: 41.8, redoublement: 28.0, reussite3: 31.4, reussite34: 43.4 },
  2018: { passage: 42.4, redoublement: 27.5, reussite3: 32.8, reussite34: 44.5 },
  2019: { passage: 42.9, redoublement: 27.0, reussite3: 34.3, reussite34: 45.7 },
  2020: { passage: 43.5, redoublement: 26.5, reussite3: 30.5, reussite34: 40.3 },
  2021: { passage: 44.0, redoublement: 26.0, reussite3: 30.5, reussite34: 40.3 },
  2022: { passage: 47.8, redoublement: 25.4, reussite3: 30.5, reussite34: 40.3 },
  2023: { passage: 49.1, redoublement: 25.4, reussite3: 30.5, reussite34: 40.3 },
  2024: { passage: 49.1, redoublement: 25.4, reussite3: 30.5, reussite34: 40.3 },
};

/**
 * Master, BUT, DUT and licence pro figures (docs/sources.md §3): rates in %.
 * Master by M1 entry year: 2015 → 53 / 65, 2018 → 60 / 72, 2021 → 66.5 / 76 (2 / 2–3 years).
 */
export const OTHER_TARGETS = {
  master: {
    2015: { in2: 53, in23: 65 },
    2018: { in2: 60, in23: 72 },
    2021: { in2: 66.5, in23: 76 },
  } as Record<number, { in2: number; in23: number }>,
  /** BUT, néo-bacheliers 2021: diploma in 3 years and passage to 2nd year. */
  but: { in3: 54.9, passage2: 71.8, general: 62.4, techno: 44.9, pro: 37.7, women: 59.7, men: 51.9 },
  /** DUT, bacheliers 2020: 2 years, 2–3 years. */
  dut: { in2: 71.0, in23: 76.1 },
  /** Licence professionnelle: in 1 year. */
  lp: { in1: 88 },
} as const;
