import type { CountInterval } from "../count-interval.js";
import type { FormationEntry } from "../formation-entries.js";
import type { ReleaseIndex } from "../release-index.js";

/**
 * A row for CSV: nested counts become `<name>_min`, `<name>_max`, `<name>_cohortes_masquees`,
 * `<name>_exact`; other nested objects are joined as `<name>_<key>`.
 *
 * @example
 * flattenRow({ libelle: "L2", effectif: { min: 3, max: 12, … } }); // { libelle: "L2", effectif_min: 3, … }
 */
export function flattenRow(row: Record<string, unknown>, prefix = ""): Record<string, unknown> {
  const flat: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    const name = `${prefix}${key}`;
    if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      Object.assign(flat, flattenRow(value as Record<string, unknown>, `${name}_`));
    } else if (Array.isArray(value)) {
      flat[name] = value
        .map((item) => (typeof item === "object" ? JSON.stringify(item) : String(item)))
        .join(" → ");
    } else {
      flat[name] = value;
    }
  }
  return flat;
}

/**
 * One page of rows with the paging fields.
 *
 * @example
 * paged(rows, 20, 40); // { total: rows.length, limit: 20, offset: 40, lignes: rows.slice(40, 60) }
 */
export function paged<T>(
  rows: T[],
  limit: number,
  offset: number,
): { total: number; limit: number; offset: number; lignes: T[] } {
  return { total: rows.length, limit, offset, lignes: rows.slice(offset, offset + limit) };
}

/**
 * A formation as the API shows it.
 *
 * @example
 * formationJson(index, 0); // { formation: "1-2171001-0755890V", libelle: "…", etudiants: {…}, … }
 */
export function formationJson(
  index: ReleaseIndex,
  formation: number,
): {
  formation: string;
  libelle: string;
  diplome: string;
  niveau: string;
  discipline: string;
  etablissement: string;
  codes: Record<string, string>;
  etudiants: CountInterval;
} {
  const entry = index.formations[formation] as FormationEntry;
  return {
    formation: entry.key,
    libelle: entry.title,
    diplome: entry.diploma,
    niveau: entry.level,
    discipline: entry.discipline,
    etablissement: entry.establishment,
    codes: entry.codes,
    etudiants: (index.students[formation] ?? { interval: () => undefined }).interval() as CountInterval,
  };
}
