import { ExitCode, OraccleError } from "../../core/errors.js";
import { type Hierarchy, hierarchyFromLevels } from "../../disclosure/microdata/hierarchy.js";

/**
 * Options of {@link diplomHierarchy}.
 *
 * @example
 * const options: DiplomHierarchyOptions = { typDiplToCursus: { XA: "L", XB: "M", YB: "D" } };
 */
export interface DiplomHierarchyOptions {
  /**
   * Optional second level: `typ_dipl` → `cursus_lmd` (`XA` → `L`, `XB` → `M`…). Default: none, the
   * hierarchy is then diplom → typ_dipl → `*`.
   */
  typDiplToCursus?: Readonly<Record<string, string>> | undefined;
}

/**
 * Hierarchy of diplomas: `diplom` (7 characters) → `typ_dipl` through a lookup taken from the
 * data (each SISE row carries both) → optionally `cursus_lmd` → `*`.
 *
 * @param diplomToTypDipl lookup diplom → typ_dipl, e.g. built from distinct (diplom, typ_dipl) pairs
 * @param options optional typ_dipl → cursus_lmd level
 * @example
 * const h = diplomHierarchy({ "2500001": "XA" }, { typDiplToCursus: { XA: "L" } });
 * h.generalise("2500001", 1); // "XA"
 * h.generalise("2500001", 2); // "L"
 */
export function diplomHierarchy(
  diplomToTypDipl: Readonly<Record<string, string>> | ReadonlyMap<string, string>,
  options: DiplomHierarchyOptions = {},
): Hierarchy {
  const lookup = diplomToTypDipl instanceof Map ? diplomToTypDipl : new Map(Object.entries(diplomToTypDipl));
  const typDipl = (diplom: string) => {
    const t = lookup.get(diplom);
    if (t === undefined)
      throw new OraccleError(`diplom '${diplom}' has no typ_dipl in the lookup`, ExitCode.usage);
    return t;
  };
  const cursusMap = options.typDiplToCursus;
  if (cursusMap === undefined) {
    return hierarchyFromLevels("diplom", [typDipl, () => "*"], ["diplom", "typ_dipl", "*"]);
  }
  const cursus = (diplom: string) => {
    const t = typDipl(diplom);
    const c = cursusMap[t];
    if (c === undefined)
      throw new OraccleError(`typ_dipl '${t}' has no cursus in the lookup`, ExitCode.usage);
    return c;
  };
  return hierarchyFromLevels(
    "diplom",
    [typDipl, cursus, () => "*"],
    ["diplom", "typ_dipl", "cursus_lmd", "*"],
  );
}
