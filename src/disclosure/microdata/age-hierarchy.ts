import type { Hierarchy } from "./hierarchy.js";
import { intervalHierarchy } from "./interval-hierarchy.js";

/**
 * Default age bands for students: level 1 `<18, 18-19, 20-21, 22-24, 25-29, 30+`, level 2
 * `<20, 20-24, 25-29, 30+`, level 3 `<25, 25+`, level 4 `*`. Ages are whole years (e.g. age at the
 * rentrée, `rentree − annais`).
 *
 * @example
 * ageHierarchy([...AGE_BANDS.slice(0, 2)]); // stop at 5-year bands
 */
export const AGE_BANDS: readonly (readonly number[])[] = [[18, 20, 22, 25, 30], [20, 25, 30], [25]];

/**
 * Age hierarchy with nested bands ({@link AGE_BANDS} by default; pass your own cut points per level).
 *
 * @param levels cut points per level, finest first. Default {@link AGE_BANDS}
 * @example
 * ageHierarchy().generalise("23", 1); // "22-24"
 * ageHierarchy().generalise("23", 2); // "20-24"
 */
export function ageHierarchy(levels: readonly (readonly number[])[] = AGE_BANDS): Hierarchy {
  return intervalHierarchy("age", levels);
}
