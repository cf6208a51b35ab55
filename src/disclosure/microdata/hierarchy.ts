import { ExitCode, OraccleError } from "../../core/errors.js";

/**
 * A generalisation hierarchy for one variable: level 0 is the original value, each higher level is
 * coarser, and the last level (`height`) is usually `"*"` (everything merged). A null value stays
 * null at every level (it is already suppressed).
 *
 * @example
 * const h: Hierarchy = ageHierarchy();
 * h.generalise("0931238R", h.height); // "*"
 */
export interface Hierarchy {
  /** Name used in messages (usually the variable it was made for). */
  readonly name: string;
  /** Highest level; levels run from 0 (original) to `height`. */
  readonly height: number;
  /** Optional names of the levels (length `height + 1`), e.g. `["uai", "departement", "academie", "*"]`. */
  readonly levelNames?: readonly string[] | undefined;
  /**
   * Generalises one non-null value to `level` (0…height). Throws an {@link OraccleError} naming the
   * value when the hierarchy does not know it.
   */
  generalise(value: string, level: number): string;
}

/**
 * Builds a hierarchy from one function per level above 0 (level 0 returns the value as a string).
 *
 * @param name name of the hierarchy
 * @param levels functions from the original value to the label at levels 1, 2, …
 * @param levelNames optional names of levels 0…height
 * @example
 * const sexe = hierarchyFromLevels("sexe", [() => "*"]);
 * sexe.generalise("2", 1); // "*"
 */
export function hierarchyFromLevels(
  name: string,
  levels: readonly ((value: string) => string)[],
  levelNames?: readonly string[],
): Hierarchy {
  if (levelNames !== undefined && levelNames.length !== levels.length + 1) {
    throw new OraccleError(
      `hierarchy '${name}' has ${levels.length + 1} levels but ${levelNames.length} level names`,
      ExitCode.usage,
    );
  }
  return {
    name,
    height: levels.length,
    levelNames,
    generalise(value: string, level: number): string {
      checkLevel(name, level, levels.length);
      if (level === 0) return value;
      return levels[level - 1]!(value);
    },
  };
}

/**
 * Builds a hierarchy from a table in ARX's format: one row per original value (leaf), one column
 * per level, level 0 first (e.g. `["34", "<50", "*"]`). Every row must have the same length.
 *
 * @param name name of the hierarchy
 * @param rows one row per leaf value
 * @example
 * const age = hierarchyFromTable("age", [["34", "<50", "*"], ["70", ">=50", "*"]]);
 * age.generalise("70", 1); // ">=50"
 */
export function hierarchyFromTable(name: string, rows: readonly (readonly string[])[]): Hierarchy {
  const width = rows[0]?.length ?? 0;
  if (width < 2) throw new OraccleError(`hierarchy '${name}' needs at least two levels`, ExitCode.usage);
  const byLeaf = new Map<string, readonly string[]>();
  rows.forEach((row, i) => {
    if (row.length !== width) {
      throw new OraccleError(
        `hierarchy '${name}', row ${i + 1} ('${row[0]}') has ${row.length} levels instead of ${width}`,
        ExitCode.usage,
      );
    }
    byLeaf.set(row[0]!, row);
  });
  return {
    name,
    height: width - 1,
    generalise(value: string, level: number): string {
      checkLevel(name, level, width - 1);
      const row = byLeaf.get(value);
      if (row === undefined) {
        throw new OraccleError(`value '${value}' is not a leaf of hierarchy '${name}'`, ExitCode.usage);
      }
      return row[level]!;
    },
  };
}

function checkLevel(name: string, level: number, height: number): void {
  if (!Number.isInteger(level) || level < 0 || level > height) {
    throw new OraccleError(
      `level ${level} of hierarchy '${name}' must be an integer in 0…${height}`,
      ExitCode.usage,
    );
  }
}
