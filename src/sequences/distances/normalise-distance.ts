/**
 * Normalisations of `seqdist(norm = …)`. `"auto"` picks `maxlength` for OM, HAM and DHD and `gmean`
 * for LCS, as TraMineR 2.2.
 *
 * @example
 * const norm: DistanceNormalisation = "auto";
 */
export type DistanceNormalisation = "none" | "auto" | "maxlength" | "gmean" | "maxdist" | "YujianBo";

/**
 * The normalisations once `"auto"` is resolved.
 *
 * @example
 * const norm: ResolvedNormalisation = "maxlength";
 */
export type ResolvedNormalisation = Exclude<DistanceNormalisation, "auto">;

/**
 * Normalises a raw distance exactly as TraMineR's C++ `normaliseDistance` (distancecalculator.h), with
 * `maxDistance` the maximal distance for these two sequences and `l1`, `l2` their "lengths" as the
 * C++ code receives them (OM: length × indel; HAM/DHD: the maximal distance itself, TraMineR ≥ 2.2-0):
 *
 * - d = 0 → 0 whatever the normalisation;
 * - `maxlength`: d / max(l1, l2) (0 when both are 0);
 * - `gmean`: 1 − (maxDistance − d) / (2·√l1·√l2); if one length is 0, 1 (or 0 when both are);
 * - `maxdist`: d / maxDistance (1 when maxDistance = 0);
 * - `YujianBo`: 2d / (d + maxDistance) (1 when maxDistance = 0).
 *
 * @example
 * normaliseDistance(4, 10, 5, 5, "maxlength"); // 0.8
 */
export function normaliseDistance(
  raw: number,
  maxDistance: number,
  l1: number,
  l2: number,
  norm: ResolvedNormalisation,
): number {
  if (raw === 0) return 0;
  switch (norm) {
    case "none":
      return raw;
    case "maxlength":
      if (l1 > l2) return raw / l1;
      if (l2 > 0) return raw / l2;
      return 0;
    case "gmean":
      if (l1 * l2 === 0) return l1 !== l2 ? 1 : 0;
      return 1 - (maxDistance - raw) / (2 * Math.sqrt(l1) * Math.sqrt(l2));
    case "maxdist":
      if (maxDistance === 0) return 1;
      return raw / maxDistance;
    case "YujianBo":
      if (maxDistance === 0) return 1;
      return (2 * raw) / (raw + maxDistance);
  }
}
