import {
  AGE_KEYS,
  type AgeKey,
  GD_KEYS,
  type GdKey,
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
import type { ProfileCell } from "./licence-entrant-profile.js";
import { logit } from "./logit.js";

/**
 * Additive effects on the logit scale, one per category of each characteristic of a
 * néo-bachelier (no intercept: the series effects carry the level).
 *
 * @example
 * const eta = coefficients.series.S + coefficients.mention.B + coefficients.age.R0 + coefficients.sexe["2"] + coefficients.gd.SI + coefficients.origine.ORI01;
 */
export interface AdditiveLogit {
  series: Record<SeriesKey, number>;
  mention: Record<MentionKey, number>;
  /** `R4` (bac pro) is fixed at 0. */
  age: Record<AgeKey, number>;
  sexe: Record<SexeKey, number>;
  gd: Record<GdKey, number>;
  /** Fixed from the 2023 passage rates by origine sociale (not fitted: no 2014 target). */
  origine: Record<OrigineKey, number>;
}

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const key of keys) out[key] = 0;
  return out;
}

/** An additive logit with every fitted effect at 0 and the origine sociale effects fixed from 2023. */
export function emptyLogit(): AdditiveLogit {
  const origine = zeros(ORIGINE_KEYS);
  const level = logit(PASSAGE_BY_ORIGINE_2023.ORI03.passage / 100);
  for (const key of ORIGINE_KEYS) origine[key] = logit(PASSAGE_BY_ORIGINE_2023[key].passage / 100) - level;
  return {
    series: zeros(SERIES_KEYS),
    mention: zeros(MENTION_KEYS),
    age: { ...zeros(AGE_KEYS), R4: 0 },
    sexe: zeros(SEXE_KEYS),
    gd: zeros(GD_KEYS),
    origine,
  };
}

/**
 * The value of an additive logit for a combination of characteristics.
 *
 * @example
 * linearPredictor(calibration.passL1, { series: "S", mention: "B", age: "R0", sexe: "2", gd: "SI", origine: "ORI01" });
 */
export function linearPredictor(
  model: AdditiveLogit,
  cell: Pick<ProfileCell, "series" | "mention" | "age" | "sexe" | "gd" | "origine">,
): number {
  return (
    model.series[cell.series] +
    model.mention[cell.mention] +
    model.age[cell.age] +
    model.sexe[cell.sexe] +
    model.gd[cell.gd] +
    model.origine[cell.origine]
  );
}
