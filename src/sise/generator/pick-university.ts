import { IDF_UNIVERSITIES } from "../codes/idf-universities.js";
import type { RandomStream } from "./random-stream.js";

/** University weights by population: néo-bacheliers, principal enrolments, master, foreign and doctorate students. */
export const NEO_WEIGHTS = IDF_UNIVERSITIES.map((u) => u.neoBacheliers);
export const PRINCIPAL_WEIGHTS = IDF_UNIVERSITIES.map((u) => u.principal);
export const MASTER_WEIGHTS = IDF_UNIVERSITIES.map((u) => u.principal * u.pctCursus.M);
export const FOREIGN_WEIGHTS = IDF_UNIVERSITIES.map((u) => u.principal * u.pctEtrangers);
export const DOCTORATE_WEIGHTS = IDF_UNIVERSITIES.map((u) => u.principal * u.pctCursus.D);

/**
 * A university drawn with `weights`, tilted by the student's sex so that each university's share
 * of women approaches its published one (P(university | sex) ∝ weight × P(sex | university)).
 */
export function pickUniversity(random: RandomStream, weights: readonly number[], sexe: string): number {
  return random.pick(
    weights.map((w, i) => {
      const women = IDF_UNIVERSITIES[i]!.pctFemmes / 100;
      return w * (sexe === "2" ? women : 1 - women);
    }),
  );
}

/** Other académies (bac obtained outside Île-de-France). */
const OTHER_ACADEMIES = ["20", "21", "18", "09", "19", "10", "02", "14", "04", "16", "32", "31", "28"];

/** The académie of the bac of a student of university `etab`: mostly its own, else another of Île-de-France or elsewhere. */
export function academieOf(random: RandomStream, etab: number): string {
  const home = IDF_UNIVERSITIES[etab]!.academie;
  const idf = ["01", "24", "25"].filter((a) => a !== home);
  const r = random.uniform();
  if (r < 0.66) return home;
  if (r < 0.78) return idf[0]!;
  if (r < 0.9) return idf[1]!;
  return OTHER_ACADEMIES[random.int(OTHER_ACADEMIES.length)]!;
}

/**
 * Index of a university other than `current`, drawn by size (a transfer).
 *
 * @example
 * otherUniversity(random, 0) !== 0; // true
 */
export function otherUniversity(random: RandomStream, current: number): number {
  for (;;) {
    const next = random.pick(PRINCIPAL_WEIGHTS);
    if (next !== current) return next;
  }
}
