import { ExitCode, OraccleError } from "../../core/errors.js";
import { type Hierarchy, hierarchyFromLevels } from "./hierarchy.js";

/**
 * Département (first three digits of a UAI) → académie code (SISE `acabac`/`acaeta` codes) for
 * Île-de-France: Paris `01`; Créteil `24` (Seine-et-Marne 077, Seine-Saint-Denis 093, Val-de-Marne
 * 094); Versailles `25` (Yvelines 078, Essonne 091, Hauts-de-Seine 092, Val-d'Oise 095).
 *
 * @example
 * IDF_DEPARTEMENT_TO_ACADEMIE["093"]; // "24" (Créteil)
 */
export const IDF_DEPARTEMENT_TO_ACADEMIE: Readonly<Record<string, string>> = {
  "075": "01",
  "077": "24",
  "093": "24",
  "094": "24",
  "078": "25",
  "091": "25",
  "092": "25",
  "095": "25",
};

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
