import { ExitCode, OraccleError } from "../../core/errors.js";
import { type Hierarchy, hierarchyFromLevels } from "./hierarchy.js";

/**
 * Builds a hierarchy of numeric bands: each level above 0 is given by its cut points (ascending);
 * the cuts of a coarser level must be a subset of those of the finer one so that bands nest. A
 * value v falls in `[c_i, c_{i+1})`; labels are `"<c₀"`, `"a-b"` (b = next cut − 1, integer
 * values assumed) and `"c+"`. A last level `"*"` is added.
 *
 * @param name name of the hierarchy
 * @param levels cut points of levels 1, 2, … (finest first)
 * @example
 * const h = intervalHierarchy("age", [[18, 20, 25], [20]]);
 * h.generalise("19", 1); // "18-19"
 * h.generalise("19", 2); // "<20"
 * h.generalise("19", 3); // "*"
 */
export function intervalHierarchy(name: string, levels: readonly (readonly number[])[]): Hierarchy {
  levels.forEach((cuts, i) => {
    for (let j = 1; j < cuts.length; j++) {
      if (!(cuts[j]! > cuts[j - 1]!)) {
        throw new OraccleError(
          `hierarchy '${name}', level ${i + 1}: cut points must increase`,
          ExitCode.usage,
        );
      }
    }
    if (i > 0) {
      const finer = new Set(levels[i - 1]);
      const stray = cuts.find((c) => !finer.has(c));
      if (stray !== undefined) {
        throw new OraccleError(
          `hierarchy '${name}', level ${i + 1}: cut ${stray} is not a cut of level ${i}, bands would not nest`,
          ExitCode.usage,
        );
      }
    }
  });
  const band = (cuts: readonly number[]) => (value: string) => {
    const v = Number(value);
    if (value.trim() === "" || !Number.isFinite(v)) {
      throw new OraccleError(`value '${value}' of '${name}' is not a number`, ExitCode.usage);
    }
    if (cuts.length === 0 || v < cuts[0]!) return cuts.length === 0 ? "*" : `<${cuts[0]}`;
    for (let i = 0; i < cuts.length - 1; i++) {
      if (v >= cuts[i]! && v < cuts[i + 1]!) return `${cuts[i]}-${cuts[i + 1]! - 1}`;
    }
    return `${cuts[cuts.length - 1]}+`;
  };
  return hierarchyFromLevels(name, [...levels.map(band), () => "*"]);
}
