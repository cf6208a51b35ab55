import { pseudonymousId, syntheticIne } from "../sise/generator/pseudonymous-id.js";
import { ENTRANT_POPULATIONS } from "../sise/generator/synthetic-student.js";

/**
 * Options of {@link syntheticInes}: the SISE generator's options the ids were made with.
 *
 * @example
 * const options: SyntheticPopulation = { seed: 20240901, entrants: 3000, firstRentree: 2015, lastRentree: 2024 };
 */
export interface SyntheticPopulation {
  seed: number;
  entrants: number;
  firstRentree: number;
  lastRentree: number;
  /** Default 5, as `generateSise`. */
  warmupYears?: number;
}

/**
 * The synthetic INE of each wanted SISE id of a generated extract: walks every student position
 * the generator used (entry cohort, population, index) and keeps those whose id is wanted. Only
 * the generator knows these INEs: a real extract carries keyed hashes that cannot be reversed.
 *
 * @param wanted the SISE ids to find
 * @returns id → INE (ids of another seed or size are absent)
 * @example
 * syntheticInes(new Set(["3f2a…"]), { seed: 20240901, entrants: 3000, firstRentree: 2015, lastRentree: 2024 });
 */
export function syntheticInes(
  wanted: ReadonlySet<string>,
  population: SyntheticPopulation,
): Map<string, string> {
  const found = new Map<string, string>();
  const warmup = population.warmupYears ?? 5;
  for (let cohort = population.firstRentree - warmup; cohort <= population.lastRentree; cohort++) {
    ENTRANT_POPULATIONS.forEach(({ perNeo }, index) => {
      const total = Math.round(population.entrants * perNeo);
      for (let i = 0; i < total; i++) {
        const id = pseudonymousId(population.seed, [cohort, index, i]);
        if (wanted.has(id)) found.set(id, syntheticIne(population.seed, [cohort, index, i]));
      }
    });
  }
  return found;
}
