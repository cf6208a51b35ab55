/**
 * A count over released cohorts, honest about masking. In an Oraccle release a cohort of fewer
 * than k = 5 students is published with `effectif = 0`, which means "1 to 4", never zero. A sum
 * over cohorts that includes masked ones is therefore an interval: each masked cohort adds 1 to
 * k − 1 students. Serialised as is in the API: never a bare number.
 *
 * @example
 * const n: CountInterval = { min: 12, max: 24, cohortes_masquees: 4, exact: false, au_moins_une_personne: true };
 */
export interface CountInterval {
  /** Smallest possible number of students (every masked cohort holds 1). */
  min: number;
  /** Largest possible number of students (every masked cohort holds k − 1). */
  max: number;
  /** Number of masked cohorts in the sum. */
  cohortes_masquees: number;
  /** True when no masked cohort is in the sum (then `min === max`). */
  exact: boolean;
  /** True when at least one person is counted: any cohort, masked or not, holds one or more. */
  au_moins_une_personne: boolean;
}

/** The Oraccle masking threshold: cohorts under k = 5 students are published as 0. */
export const ORACCLE_K = 5;

/**
 * An accumulator of cohort counts: add published `effectif` values (0 = masked), read the
 * interval. Mutable on purpose: the service sums thousands of cohorts per request.
 *
 * @example
 * const sum = new CountAccumulator();
 * for (const effectif of [12, 0, 0]) sum.add(effectif);
 * sum.interval(); // { min: 14, max: 20, cohortes_masquees: 2, exact: false, au_moins_une_personne: true }
 */
export class CountAccumulator {
  private known = 0;
  private masked = 0;

  /**
   * @param k masking threshold of the release; a masked cohort holds 1 to k − 1 students. Default 5.
   */
  constructor(private readonly k = ORACCLE_K) {}

  /** Adds one cohort's published count (`0` = masked). */
  add(effectif: number): this {
    if (effectif === 0) this.masked += 1;
    else this.known += effectif;
    return this;
  }

  /** Adds another accumulator's cohorts. */
  merge(other: CountAccumulator): this {
    this.known += other.known;
    this.masked += other.masked;
    return this;
  }

  /** True when no cohort was added. */
  get empty(): boolean {
    return this.known === 0 && this.masked === 0;
  }

  /** The smallest possible total, used to order results and to draw charts (as "at least"). */
  get min(): number {
    return this.known + this.masked;
  }

  /** The interval of the sum. */
  interval(): CountInterval {
    const min = this.known + this.masked;
    return {
      min,
      max: this.known + this.masked * (this.k - 1),
      cohortes_masquees: this.masked,
      exact: this.masked === 0,
      au_moins_une_personne: min > 0,
    };
  }
}

/**
 * The interval of a sum of published cohort counts (0 = masked, 1 to k − 1).
 *
 * @example
 * sumCohortCounts([43, 0, 23]); // { min: 67, max: 70, cohortes_masquees: 1, exact: false, au_moins_une_personne: true }
 */
export function sumCohortCounts(effectifs: Iterable<number>, k = ORACCLE_K): CountInterval {
  const sum = new CountAccumulator(k);
  for (const effectif of effectifs) sum.add(effectif);
  return sum.interval();
}

/**
 * A count in French for pages: "43", "entre 3 et 12" or "au moins 1 (1 à 4)", "aucun".
 *
 * @example
 * frenchCount(sumCohortCounts([0, 0])); // "entre 2 et 8"
 */
export function frenchCount(count: CountInterval): string {
  const format = (value: number) => value.toLocaleString("fr-FR");
  if (!count.au_moins_une_personne) return "aucun";
  if (count.exact) return format(count.min);
  return `entre ${format(count.min)} et ${format(count.max)}`;
}

/**
 * The accumulator of `key` in a map of sums, created empty on first use.
 *
 * @example
 * sumFor(byState, "L2", 5).add(effectif);
 */
export function sumFor<K>(sums: Map<K, CountAccumulator>, key: K, k = ORACCLE_K): CountAccumulator {
  let sum = sums.get(key);
  if (!sum) {
    sum = new CountAccumulator(k);
    sums.set(key, sum);
  }
  return sum;
}
