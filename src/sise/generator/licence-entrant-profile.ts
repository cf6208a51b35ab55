import {
  AGE_KEYS,
  type AgeKey,
  GD_KEYS,
  type GdKey,
  LICENCE_TARGETS,
  type LicenceStratumTarget,
  MENTION_KEYS,
  type MentionKey,
  ORIGINE_KEYS,
  type OrigineKey,
  PASSAGE_BY_ORIGINE_2023,
  SERIES_KEYS,
  SEXE_KEYS,
  type SeriesKey,
  type SexeKey,
} from "./calibration-targets.js";
import { rakeTable } from "./rake-table.js";

/**
 * The joint distribution of the characteristics of néo-bacheliers entering L1: the bac series,
 * then each other characteristic conditionally on the series (mention, âge au bac, sexe,
 * grande discipline, origine sociale are independent given the series). Every two-way table
 * series × characteristic is raked to the published one-way counts of docs/sources.md §2 (§3 for
 * origine sociale) from a seed table that states the direction of the association (more
 * mentions TB and on-time bacheliers in S, more women in L, more sciences in S…). The seeds are
 * the generator's assumptions; the margins are published figures.
 *
 * @example
 * LICENCE_ENTRANT_PROFILES.cohort2014.series.S; // ≈ 0.27, the share of bac S among L1 néo-bacheliers
 */
export interface LicenceEntrantProfile {
  /** P(series). */
  series: Record<SeriesKey, number>;
  /** P(mention | series), in the order of `MENTION_KEYS`. */
  mention: Record<SeriesKey, number[]>;
  /** P(âge au bac | series), in the order of `AGE_KEYS` (`R4` for bac pro). */
  age: Record<SeriesKey, number[]>;
  /** P(sexe | series), in the order of `SEXE_KEYS` (`1` homme, `2` femme). */
  sexe: Record<SeriesKey, number[]>;
  /** P(grande discipline | series), in the order of `GD_KEYS`. */
  gd: Record<SeriesKey, number[]>;
  /** P(origine sociale | series), in the order of `ORIGINE_KEYS`. */
  origine: Record<SeriesKey, number[]>;
}

// Seeds: relative odds, one row per series in SERIES_KEYS order (S, ES, L, STMG, TECHNO, PRO).
const MENTION_SEED = [
  [4, 4, 3, 2, 1, 0.4],
  [1.2, 3, 3.4, 3, 1.5, 0.5],
  [1.2, 3, 3.2, 3, 1.6, 0.5],
  [0.2, 1, 3, 5, 3.5, 0.5],
  [0.3, 1.2, 3, 5, 3, 0.5],
  [0.2, 1.2, 3, 5, 2.5, 0.6],
];
const AGE_SEED = [
  [9, 1.5, 0.3],
  [6, 2, 0.5],
  [5.5, 2.2, 0.6],
  [2.5, 2.5, 1.2],
  [2.5, 2.5, 1.2],
];
const SEXE_SEED = [
  [1.1, 1],
  [1, 1.5],
  [1, 3.5],
  [1, 1.3],
  [1.3, 1],
  [1, 1],
];
const GD_SEED = [
  [1.5, 1, 5, 2],
  [4, 2.5, 0.5, 1],
  [1, 8, 0.2, 0.3],
  [5, 2, 0.3, 0.8],
  [1.5, 1.5, 3, 1.5],
  [3, 2.5, 1, 1.5],
];
const ORIGINE_SEED = [
  [4, 1.5, 2.5, 1.5, 0.4],
  [3, 1.5, 3, 2, 0.4],
  [3, 1.5, 3, 2, 0.4],
  [1.2, 1, 3.5, 3, 0.6],
  [1.5, 1.2, 3, 2.5, 0.5],
  [0.7, 0.8, 3, 4, 0.8],
];

function normaliseRows(table: number[][]): number[][] {
  return table.map((row) => {
    const sum = row.reduce((a, b) => a + b, 0);
    return row.map((v) => v / sum);
  });
}

function byseries(rows: number[][], keys: readonly SeriesKey[]): Record<SeriesKey, number[]> {
  const out = {} as Record<SeriesKey, number[]>;
  keys.forEach((key, i) => {
    out[key] = rows[i]!;
  });
  return out;
}

function scaled(values: number[], total: number): number[] {
  const sum = values.reduce((a, b) => a + b, 0);
  return values.map((v) => (v * total) / sum);
}

function buildProfile(countOf: (t: LicenceStratumTarget) => number): LicenceEntrantProfile {
  const seriesCounts = SERIES_KEYS.map((s) => countOf(LICENCE_TARGETS.series[s]));
  const total = seriesCounts.reduce((a, b) => a + b, 0);
  const series = {} as Record<SeriesKey, number>;
  SERIES_KEYS.forEach((s, i) => {
    series[s] = seriesCounts[i]! / total;
  });
  const mentionCounts = scaled(
    MENTION_KEYS.map((m) => countOf(LICENCE_TARGETS.mention[m])),
    total,
  );
  const mention = byseries(normaliseRows(rakeTable(MENTION_SEED, seriesCounts, mentionCounts)), SERIES_KEYS);
  // Âge au bac: bac pro is not counted (R4); the other series share the R0/R1/R2 counts.
  const nonPro = SERIES_KEYS.filter((s) => s !== "PRO");
  const nonProCounts = nonPro.map((s) => countOf(LICENCE_TARGETS.series[s]));
  const ageCounts = scaled(
    AGE_KEYS.map((a) => countOf(LICENCE_TARGETS.age[a as Exclude<AgeKey, "R4">])),
    nonProCounts.reduce((a, b) => a + b, 0),
  );
  const age = byseries(normaliseRows(rakeTable(AGE_SEED, nonProCounts, ageCounts)), nonPro);
  age.PRO = [0, 0, 0];
  const sexeCounts = scaled(
    SEXE_KEYS.map((s) => countOf(LICENCE_TARGETS.sexe[s])),
    total,
  );
  const sexe = byseries(normaliseRows(rakeTable(SEXE_SEED, seriesCounts, sexeCounts)), SERIES_KEYS);
  const gdCounts = scaled(
    GD_KEYS.map((g) => countOf(LICENCE_TARGETS.gd[g])),
    total,
  );
  const gd = byseries(normaliseRows(rakeTable(GD_SEED, seriesCounts, gdCounts)), SERIES_KEYS);
  const origineCounts = scaled(
    ORIGINE_KEYS.map((o) => PASSAGE_BY_ORIGINE_2023[o].n),
    total,
  );
  const origine = byseries(normaliseRows(rakeTable(ORIGINE_SEED, seriesCounts, origineCounts)), SERIES_KEYS);
  return { series, mention, age, sexe, gd, origine };
}

/**
 * The raked joint distributions used to draw néo-bacheliers entering licence (see
 * {@link LicenceEntrantProfile}): `cohort2012` has the one-way counts of MESR's réussite cohort
 * (2012), `cohort2014` those of its passage cohort (2014). Mentions were rarer in 2012.
 *
 * @example
 * LICENCE_ENTRANT_PROFILES.cohort2014.series.S; // ≈ 0.27
 */
export const LICENCE_ENTRANT_PROFILES: {
  cohort2012: LicenceEntrantProfile;
  cohort2014: LicenceEntrantProfile;
} = {
  cohort2012: buildProfile((t) => t.nReussite),
  cohort2014: buildProfile((t) => t.nPassage),
};

/** One cell of the joint distribution: a combination of characteristics and its probability. */
export interface ProfileCell {
  series: SeriesKey;
  mention: MentionKey;
  /** `R4` for bac pro. */
  age: AgeKey;
  sexe: SexeKey;
  gd: GdKey;
  origine: OrigineKey;
  /** Probability of the combination among néo-bacheliers entering L1. */
  weight: number;
}

/**
 * Every cell of a {@link LicenceEntrantProfile} with its probability (6 series × 6 mentions ×
 * 3 ages × 2 sexes × 4 disciplines × 5 origines, fewer for bac pro). Used to fit the transition
 * model on expected rather than sampled counts.
 *
 * @example
 * licenceProfileCells(LICENCE_ENTRANT_PROFILES.cohort2014).reduce((sum, cell) => sum + cell.weight, 0); // 1
 */
export function licenceProfileCells(profile: LicenceEntrantProfile): ProfileCell[] {
  const cells: ProfileCell[] = [];
  for (const series of SERIES_KEYS) {
    const ages: { key: AgeKey; p: number }[] =
      series === "PRO"
        ? [{ key: "R4", p: 1 }]
        : AGE_KEYS.map((key, i) => ({ key, p: profile.age[series][i]! }));
    MENTION_KEYS.forEach((mention, im) => {
      for (const { key: age, p: pa } of ages) {
        SEXE_KEYS.forEach((sexe, is) => {
          GD_KEYS.forEach((gd, ig) => {
            ORIGINE_KEYS.forEach((origine, io) => {
              const weight =
                profile.series[series] *
                profile.mention[series][im]! *
                pa *
                profile.sexe[series][is]! *
                profile.gd[series][ig]! *
                profile.origine[series][io]!;
              cells.push({ series, mention, age, sexe, gd, origine, weight });
            });
          });
        });
      }
    });
  }
  return cells;
}
