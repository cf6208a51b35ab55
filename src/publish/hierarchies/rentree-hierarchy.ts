import { ExitCode, OraccleError } from "../../core/errors.js";
import { type Hierarchy, hierarchyFromLevels } from "../../disclosure/microdata/hierarchy.js";

/**
 * Options of {@link rentreeHierarchy}.
 *
 * @example
 * const options: RentreeHierarchyOptions = { widths: [3, 6], origin: 2011 };
 */
export interface RentreeHierarchyOptions {
  /** Band widths in years, finest first; each must be a multiple of the previous one. Default `[2, 4]`. */
  widths?: readonly number[] | undefined;
  /** First year of the first band. Default `2010` (first rentrée of Oraccle's SISE extracts). */
  origin?: number | undefined;
}

/**
 * Hierarchy of rentrée years grouped in bands of fixed width aligned on `origin`: with widths
 * `[2, 4]` and origin 2010, 2013 → `"2012-2013"` (level 1) → `"2010-2013"` (level 2) → `"*"`.
 *
 * @param options widths (default [2, 4]) and origin (default 2010)
 * @example
 * rentreeHierarchy().generalise("2013", 1); // "2012-2013"
 */
export function rentreeHierarchy(options: RentreeHierarchyOptions = {}): Hierarchy {
  const widths = options.widths ?? [2, 4];
  const origin = options.origin ?? 2010;
  widths.forEach((w, i) => {
    if (!Number.isInteger(w) || w < 1 || (i > 0 && w % widths[i - 1]! !== 0)) {
      throw new OraccleError(
        `rentrée band widths must be positive integers, each a multiple of the previous: ${widths.join(", ")}`,
        ExitCode.usage,
      );
    }
  });
  const band = (width: number) => (value: string) => {
    const year = Number(value);
    if (!Number.isInteger(year)) throw new OraccleError(`rentrée '${value}' is not a year`, ExitCode.usage);
    const start = origin + Math.floor((year - origin) / width) * width;
    return width === 1 ? String(start) : `${start}-${start + width - 1}`;
  };
  return hierarchyFromLevels("rentree", [...widths.map(band), () => "*"]);
}
