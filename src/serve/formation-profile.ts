import { type CountAccumulator, type CountInterval, sumFor } from "./count-interval.js";
import type { ReleaseIndex } from "./release-index.js";

/**
 * One value of a cohort attribute among a formation's students.
 *
 * @example
 * const row: ProfileRow = { valeur: "Femme", effectif: { min: 40, max: 52, cohortes_masquees: 4, exact: false, au_moins_une_personne: true } };
 */
export interface ProfileRow {
  valeur: string;
  effectif: CountInterval;
}

/**
 * The profile of a formation's students from the cohort attribute tables (sexe, bac,
 * spécialités, année du bac…): for each attribute, each value's students over the cohorts that
 * pass through the formation, largest first. A masked cohort's single row counts in the
 * "non communiqué" value as 1 to k − 1.
 *
 * @example
 * formationProfile(index, 0).sexe; // [{ valeur: "Femme", effectif: … }, { valeur: "Homme", … }]
 */
export function formationProfile(index: ReleaseIndex, formation: number): Record<string, ProfileRow[]> {
  const passages = index.passages[formation] ?? new Int32Array();
  const profile: Record<string, ProfileRow[]> = {};
  for (const [name, table] of index.attributes) {
    const sums = new Map<number, CountAccumulator>();
    for (let p = 0; p < passages.length; p += 2) {
      const cohort = passages[p] ?? 0;
      for (let row = table.start[cohort] ?? 0; row < (table.start[cohort + 1] ?? 0); row++) {
        const value = table.value[row] ?? 0;
        const sum = sumFor(sums, value, index.release.k);
        sum.add(table.count[row] ?? 0);
      }
    }
    profile[name] = [...sums.entries()]
      .sort(([a, x], [b, y]) => y.min - x.min || ((table.values[a] ?? "") < (table.values[b] ?? "") ? -1 : 1))
      .map(([value, sum]) => ({ valeur: table.values[value] ?? "", effectif: sum.interval() }));
  }
  return profile;
}
