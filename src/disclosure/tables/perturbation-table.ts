import { ExitCode, OraccleError } from "../../core/errors.js";

/**
 * Parameters of a cell-key perturbation table (see {@link perturbationTable}).
 *
 * @example
 * const parameters: PerturbationParameters = { maxDeviation: 4, sigma: 1.5, blockedUpTo: 4 };
 */
export interface PerturbationParameters {
  /** Largest |published − true| any cell can get (D). Must be ≥ `blockedUpTo`. Default `4`. */
  maxDeviation?: number | undefined;
  /** Spread of the noise before the constraints (Gaussian weights exp(−d²/2σ²)). Default `1.5`. */
  sigma?: number | undefined;
  /**
   * Published values 1 … `blockedUpTo` never occur (sdcTools/ptable `js`): a small true count is
   * published as 0 or above `blockedUpTo`, so no published 1–4 states an exact small value. Default `4`.
   */
  blockedUpTo?: number | undefined;
}

/** One outcome of a row of the table: published value, its noise and its cell-key interval. */
export interface PerturbationOutcome {
  /** Published count. */
  published: number;
  /** published − true. */
  noise: number;
  /** Probability of this outcome. */
  probability: number;
  /** Cell keys in [lower, upper) give this outcome. */
  lower: number;
  upper: number;
}

/** The probabilities of every published value, for true counts 0 … `rows.length − 1`. */
export interface PerturbationTable {
  /** Parameters used (defaults filled in). */
  parameters: Required<{ [K in keyof PerturbationParameters]-?: number }>;
  /** Row n holds the outcomes of a true count n; the last row serves every larger count (noise only). */
  rows: { count: number; outcomes: PerturbationOutcome[]; variance: number }[];
  /** Largest noise variance over the rows. */
  maxVariance: number;
}

/**
 * Builds the perturbation table of the cell-key method (ABS; sdcTools `ptable`): for each true count
 * n, a distribution of the published value j such that
 *
 * - |j − n| ≤ D (`maxDeviation`), j ≥ 0, and j is never in 1 … `blockedUpTo` (js);
 * - the noise is **unbiased**: Σ p_j · j = n exactly (a reuser's sums are right on average);
 * - weights are Gaussian, `exp(−(j − n)²/2σ²)`, tilted by `exp(λ(j − n))` with λ solved so that the
 *   mean is n (maximum entropy under the mean constraint; λ = 0, symmetric, away from the bounds).
 *
 * A true 0 stays 0 (empty cells are not perturbed). Counts from js + 1 + D on share one symmetric row.
 * The variance of every row is reported: it is what a reuser needs to bound the error of a sum.
 *
 * @param parameters D, σ and js
 * @returns rows 0 … js + 1 + D with their outcomes, cumulative key intervals and variances
 * @example
 * const table = perturbationTable({ maxDeviation: 4, blockedUpTo: 4 });
 * table.rows[1].outcomes.map((o) => o.published); // [0, 5]: a 1 is published 0 or 5, mean 1
 */
export function perturbationTable(parameters: PerturbationParameters = {}): PerturbationTable {
  const D = parameters.maxDeviation ?? 4;
  const sigma = parameters.sigma ?? 1.5;
  const js = parameters.blockedUpTo ?? 4;
  if (!Number.isInteger(js) || js < 0)
    throw new OraccleError(`blockedUpTo must be an integer ≥ 0, not ${js}`, ExitCode.usage);
  if (!Number.isInteger(D) || D < Math.max(1, js)) {
    throw new OraccleError(
      `maxDeviation must be an integer ≥ max(1, blockedUpTo) = ${Math.max(1, js)}, not ${D}`,
      ExitCode.usage,
    );
  }
  if (!(sigma > 0)) throw new OraccleError(`sigma must be positive, not ${sigma}`, ExitCode.usage);
  const rows: PerturbationTable["rows"] = [];
  for (let n = 0; n <= js + 1 + D; n++) {
    const support: number[] = [];
    for (let j = Math.max(0, n - D); j <= n + D; j++) if (j === 0 || j > js) support.push(j);
    const weights = n === 0 ? [1] : unbiasedWeights(support, n, sigma);
    // Outcomes the tilt made negligible (a 5 with D = 4, js = 4 can only stay 5) are left out.
    const kept = (n === 0 ? [0] : support).flatMap((published, i) =>
      weights[i]! > 1e-12 ? [{ published, weight: weights[i]! }] : [],
    );
    const total = kept.reduce((s, o) => s + o.weight, 0);
    let lower = 0;
    const outcomes = kept.map(({ published, weight }) => {
      const probability = weight / total;
      const outcome = { published, noise: published - n, probability, lower, upper: lower + probability };
      lower += probability;
      return outcome;
    });
    outcomes[outcomes.length - 1]!.upper = 1;
    const variance = outcomes.reduce((s, o) => s + o.probability * o.noise ** 2, 0);
    rows.push({ count: n, outcomes, variance });
  }
  return {
    parameters: { maxDeviation: D, sigma, blockedUpTo: js },
    rows,
    maxVariance: rows.reduce((m, r) => Math.max(m, r.variance), 0),
  };
}

/** Gaussian weights on the support, exponentially tilted so that their mean is n. */
function unbiasedWeights(support: number[], n: number, sigma: number): number[] {
  const weights = (lambda: number) => {
    const raw = support.map((j) => Math.exp(-((j - n) ** 2) / (2 * sigma ** 2) + lambda * (j - n)));
    const total = raw.reduce((s, w) => s + w, 0);
    return raw.map((w) => w / total);
  };
  const mean = (lambda: number) => weights(lambda).reduce((s, p, i) => s + p * support[i]!, 0);
  // The mean grows with λ; bisection to machine precision.
  let lo = -60;
  let hi = 60;
  for (let step = 0; step < 200 && hi - lo > 1e-15; step++) {
    const mid = (lo + hi) / 2;
    if (mean(mid) < n) lo = mid;
    else hi = mid;
  }
  return weights((lo + hi) / 2);
}

/**
 * Published value of a true count with a cell key in [0, 1): the outcome of the count's row whose
 * key interval holds the key. The same (count, key) always gives the same value.
 *
 * @param table the perturbation table
 * @param count true count (integer ≥ 0)
 * @param cellKey the cell's key (see {@link cellKey})
 * @example
 * perturbCount(perturbationTable(), 1, 0.9); // 5 (a 1 with a high key is published 5)
 */
export function perturbCount(table: PerturbationTable, count: number, cellKey: number): number {
  const last = table.rows[table.rows.length - 1]!;
  const row = count < table.rows.length ? table.rows[count]! : last;
  const outcome = row.outcomes.find((o) => cellKey >= o.lower && cellKey < o.upper) ?? row.outcomes.at(-1)!;
  return count < table.rows.length ? outcome.published : count + outcome.noise;
}
