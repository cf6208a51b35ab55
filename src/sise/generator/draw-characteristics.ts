import {
  AGE_KEYS,
  type AgeKey,
  GD_KEYS,
  MENTION_KEYS,
  ORIGINE_KEYS,
  type OrigineKey,
  SERIES_KEYS,
  SEXE_KEYS,
  type SeriesKey,
} from "./calibration-targets.js";
import type { LicenceEntrantProfile } from "./licence-entrant-profile.js";
import type { RandomStream } from "./random-stream.js";

/** Post-2021 bac général specialities by pre-reform profile: [spe1, spe2, weight] (assumption). */
const SPECIALITIES: Record<"S" | "ES" | "L", [string, string, number][]> = {
  S: [
    ["MATHS", "PHY_CHI", 0.35],
    ["MATHS", "SVT", 0.15],
    ["PHY_CHI", "SVT", 0.22],
    ["MATHS", "NUMERIQ", 0.1],
    ["MATHS", "SC_INGE", 0.06],
    ["SVT", "SES", 0.12],
  ],
  ES: [
    ["HIST_GE", "SES", 0.35],
    ["MATHS", "SES", 0.3],
    ["LLCER", "SES", 0.2],
    ["HIST_GE", "LLCER", 0.15],
  ],
  L: [
    ["HIST_GE", "LLCER", 0.3],
    ["LLCER", "LIT_PHI", 0.25],
    ["HIST_GE", "LIT_PHI", 0.2],
    ["ART_PLA", "LLCER", 0.1],
    ["CINEMA", "HIST_GE", 0.05],
    ["LLCER", "THEATRE", 0.1],
  ],
};

/** The characteristics of an entrant that drive their propensities (one category of each). */
export interface Characteristics {
  series: SeriesKey;
  mention: (typeof MENTION_KEYS)[number];
  age: AgeKey;
  sexe: (typeof SEXE_KEYS)[number];
  gd: (typeof GD_KEYS)[number];
  origine: OrigineKey;
}

/** Draws the characteristics of an entrant from a licence entrant profile (series first, then the rest given the series). */
export function drawCharacteristics(
  random: RandomStream,
  profile: LicenceEntrantProfile,
  seriesWeights?: number[],
): Characteristics {
  const series = SERIES_KEYS[random.pick(seriesWeights ?? SERIES_KEYS.map((s) => profile.series[s]))]!;
  return {
    series,
    mention: MENTION_KEYS[random.pick(profile.mention[series])]!,
    age: series === "PRO" ? "R4" : AGE_KEYS[random.pick(profile.age[series])]!,
    sexe: SEXE_KEYS[random.pick(profile.sexe[series])]!,
    gd: GD_KEYS[random.pick(profile.gd[series])]!,
    origine: ORIGINE_KEYS[random.pick(profile.origine[series])]!,
  };
}

/** The age at the bac for an âge-au-bac category. */
export function ageAtBac(random: RandomStream, age: AgeKey): number {
  switch (age) {
    case "R0":
      return random.chance(0.08) ? 17 : 18;
    case "R1":
      return 19;
    case "R2":
      return random.pickFrom([20, 21, 22], [0.7, 0.2, 0.1]);
    default:
      return random.pickFrom([18, 19, 20, 21], [0.45, 0.35, 0.15, 0.05]);
  }
}

/** The `bac_rgrp` and, for a bac général from 2021, the two specialities of a series. */
export function bacCodes(
  random: RandomStream,
  series: SeriesKey,
  anbac: number,
): { bac_rgrp: string; bac_spe1: string | null; bac_spe2: string | null } {
  if (series === "S" || series === "ES" || series === "L") {
    if (anbac >= 2021) {
      const pairs = SPECIALITIES[series];
      const [bac_spe1, bac_spe2] = pairs[random.pick(pairs.map((p) => p[2]))]!;
      return { bac_rgrp: "A", bac_spe1, bac_spe2 };
    }
    return { bac_rgrp: series === "L" ? "1" : series === "ES" ? "2" : "3", bac_spe1: null, bac_spe2: null };
  }
  return {
    bac_rgrp: series === "STMG" ? "4" : series === "TECHNO" ? "5" : "6",
    bac_spe1: null,
    bac_spe2: null,
  };
}
