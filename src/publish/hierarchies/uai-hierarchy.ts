import { ExitCode, OraccleError } from "../../core/errors.js";
import { type Hierarchy, hierarchyFromLevels } from "../../disclosure/microdata/hierarchy.js";
import { IDF_DEPARTEMENT_TO_ACADEMIE } from "../../sise/codes/idf-departement-academie.js";

/**
 * Options of {@link uaiHierarchy}.
 *
 * @example
 * const options: UaiHierarchyOptions = { departementToAcademie: { "069": "10" } }; // Lyon
 */
export interface UaiHierarchyOptions {
  /**
   * Département → académie lookup, merged over {@link IDF_DEPARTEMENT_TO_ACADEMIE}. Default: the
   * Île-de-France table only; a UAI of another département then raises an error naming it.
   */
  departementToAcademie?: Readonly<Record<string, string>> | undefined;
}

/**
 * Hierarchy of establishments: UAI (`0931238R`) → département (`093`, its first three digits) →
 * académie (`24`) → `*`. Level names: `uai`, `departement`, `academie`, `*`.
 *
 * @param options extra département → académie entries for outside Île-de-France
 * @example
 * uaiHierarchy().generalise("0931238R", 1); // "093"
 * uaiHierarchy().generalise("0931238R", 2); // "24" (Créteil)
 */
export function uaiHierarchy(options: UaiHierarchyOptions = {}): Hierarchy {
  const lookup = { ...IDF_DEPARTEMENT_TO_ACADEMIE, ...(options.departementToAcademie ?? {}) };
  const departement = (uai: string) => {
    if (!/^\d{3}/.test(uai)) {
      throw new OraccleError(`UAI '${uai}' does not start with three digits`, ExitCode.usage);
    }
    return uai.slice(0, 3);
  };
  const academie = (uai: string) => {
    const dep = departement(uai);
    const code = lookup[dep];
    if (code === undefined) {
      throw new OraccleError(
        `département '${dep}' of UAI '${uai}' has no académie in the lookup`,
        ExitCode.usage,
      );
    }
    return code;
  };
  return hierarchyFromLevels(
    "etabli",
    [departement, academie, () => "*"],
    ["uai", "departement", "academie", "*"],
  );
}
