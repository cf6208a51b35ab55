import { ParameterError } from "../core/errors.js";
import { messages } from "../core/i18n/messages.js";
import { zForConfidence } from "../core/z-for-confidence.js";
import type { CohortOutcomes } from "./cohort-outcomes.js";
import { indicatorByName } from "./indicators.js";
import { type ReferenceRates, referenceRates, stratumCounts } from "./reference-rates.js";
import { resolveBreakdown } from "./with-cohort-strata.js";

/**
 * The MESR's usual entrant characteristics for the valeur ajoutée, restricted to what the open
 * national file also has: grande discipline × série du bac × âge au bac × sexe × mention au bac.
 *
 * @example
 * valeurAjoutee(outcomes, { indicator: "passage_en_l2_1_an", strata: DEFAULT_VA_STRATA });
 */
export const DEFAULT_VA_STRATA: readonly string[] = [
  "gd_discipline",
  "serie_bac",
  "age_au_bac",
  "sexe",
  "mention_bac",
];

/**
 * Options of {@link valeurAjoutee}.
 *
 * @example
 * const options: ValeurAjouteeOptions = { indicator: "reussite_3_4_ans", strata: ["serie_bac", "mention_bac"], confidence: 0.95 };
 */
export interface ValeurAjouteeOptions {
  /** The indicator (e.g. `passage_en_l2_1_an`, `reussite_3_4_ans`). Required. */
  indicator: string;
  /** Stratum variables (breakdown names or SISE spellings). Default {@link DEFAULT_VA_STRATA}. */
  strata?: readonly string[];
  /** The unit assessed: a breakdown column. Default `"etabli"`. */
  unit?: string;
  /**
   * Reference rates p_s. Default: {@link referenceRates} on the same cohort, all units together.
   * Pass `mesrReferenceRates(...)` for national rates (its strata must equal `strata`).
   */
  reference?: ReferenceRates;
  /** Confidence level of the interval and of the inner funnel limit. Default `0.95`. */
  confidence?: number;
}

/**
 * Valeur ajoutée of one unit (one establishment).
 *
 * @example
 * const best = result.rows.reduce((a, b) => (b.va > a.va ? b : a));
 */
export interface ValeurAjouteeRow {
  /** The unit's code (UAI for `etabli`). */
  unit: string;
  /** All students of the unit in the cohort. */
  effectif: number;
  /** Students in a stratum that has a reference rate: the population of `observe`, `simule` and `va`. */
  effectif_standardise: number;
  /** Students in a stratum without reference rate (left out, see `valeurAjoutee`). */
  effectif_hors_reference: number;
  /** Observed rate on all the unit's students (raw rate). */
  taux_brut: number;
  /** Observed rate on `effectif_standardise`. */
  observe: number;
  /** Simulated (expected) rate: Σ n_s · p_s / Σ n_s. */
  simule: number;
  /** observe − simule, as a proportion (×100 for points). */
  va: number;
  /** Standard error of `va` (see `valeurAjoutee` for the approximation). */
  va_se: number;
  /** Lower bound of the interval va ± z · va_se. */
  va_ic_bas: number;
  /** Upper bound of the interval. */
  va_ic_haut: number;
  /** Standard deviation of `observe` if the unit succeeded exactly like the reference in each of its strata; the funnel plot's yardstick. */
  se_reference: number;
  /** va / se_reference: how many "reference" standard deviations the unit lies from 0. */
  z: number;
}

/**
 * Result of {@link valeurAjoutee}.
 *
 * @example
 * const { rows, referenceRate } = valeurAjoutee(outcomes, { indicator: "passage_en_l2_1_an" });
 */
export interface ValeurAjouteeResult {
  /** The indicator. */
  indicator: string;
  /** Stratum variables used. */
  strata: string[];
  /** Where the reference rates come from. */
  referenceSource: string;
  /** The overall reference rate over all units' standardised students (centre of the funnel plot). */
  referenceRate: number;
  /** Confidence level used. */
  confidence: number;
  /** One row per unit, sorted by unit code. */
  rows: ValeurAjouteeRow[];
}

/**
 * Valeur ajoutée (VA) of each establishment for one cohort indicator, by stratum standardisation
 * (indirect standardisation, the DEP/SIES approach of docs/definitions.md §7).
 *
 * **Method.** Entrants are split into strata s by their characteristics (default
 * {@link DEFAULT_VA_STRATA}). With n_{e,s} entrants and x_{e,s} successes of unit e in stratum s,
 * and a reference rate p_s per stratum (by default from all units of the data,
 * p_s = Σ_e x_{e,s} / Σ_e n_{e,s}; or an external table such as MESR's national strata):
 *
 * ```
 * observed_e  = Σ_s x_{e,s} / N_e                     N_e = Σ_s n_{e,s}
 * simulated_e = Σ_s n_{e,s} · p_s / N_e                the rate e would have if its entrants
 *                                                     succeeded like the reference, stratum by stratum
 * VA_e        = observed_e − simulated_e
 * ```
 *
 * A unit whose entrants succeed exactly like the reference in every stratum has VA = 0 whatever
 * its intake; one doing better in every stratum has VA > 0. The raw rate mixes intake and
 * effect: a university taking many bacheliers S with mention will have a high raw rate and yet
 * possibly a VA ≤ 0.
 *
 * **Uncertainty.** Treating students as independent Bernoulli trials:
 *
 * - Var(observed_e) ≈ observed_e (1 − observed_e) / N_e. The exact stratified variance
 *   Σ_s n_{e,s} q_s (1 − q_s) / N_e² (q_s the unit's stratum rates) equals this minus
 *   Σ_s n_{e,s} (q_s − observed_e)² / N_e², so the approximation is an upper bound that stays
 *   usable when strata hold one or two students (where q_s = 0 or 1 would give zero variance).
 * - Var(simulated_e) ≈ Σ_s (n_{e,s}/N_e)² p_s (1 − p_s) / M_s, M_s the reference's students in s
 *   (the error on the reference rates; tiny for national tables).
 * - The covariance is ignored. With an internal reference, e's own students are part of p_s, so
 *   Cov(observed, simulated) ≥ 0 and ignoring it overstates Var(VA): the interval is conservative.
 *   Including e in its own reference also shrinks VA towards 0 when e weighs much in a stratum.
 *
 * va_se = sqrt(Var(observed) + Var(simulated)) and the interval is va ± z · va_se. Separately,
 * `se_reference` = sqrt(Σ_s n_{e,s} p_s (1 − p_s)) / N_e is the spread of observed_e if e
 * behaved like the reference: the funnel plot's control limits are ± z · se_reference.
 *
 * **Empty and unknown strata.** A missing characteristic (null) is its own stratum,
 * `UNKNOWN_STRATUM`. A unit's students in a stratum without reference rate (no reference
 * student there, e.g. a post-2021 bac général against the 2014 national file) are left out of
 * observed, simulated and VA and counted in `effectif_hors_reference`; `taux_brut` keeps them.
 * Strata that are too fine leave few students per cell: the rates stay unbiased but VA gets
 * noisier and more students may fall outside the reference — prefer coarser strata on small data.
 *
 * @throws ParameterError when the indicator is not available for the cohort, a stratum is unknown, or
 * the reference's strata or indicator differ from the request.
 * @example
 * const va = valeurAjoutee(outcomes, { indicator: "passage_en_l2_1_an", strata: ["serie_bac", "mention_bac", "age_au_bac"] });
 * const national = valeurAjoutee(outcomes, { indicator: "reussite_3_4_ans", reference: mesrReferenceRates(file, "reussite_3_4_ans", DEFAULT_VA_STRATA) });
 */
export function valeurAjoutee(outcomes: CohortOutcomes, options: ValeurAjouteeOptions): ValeurAjouteeResult {
  const indicator = indicatorByName(options.indicator).name;
  const strata = (options.strata ?? DEFAULT_VA_STRATA).map(resolveBreakdown);
  const unit = resolveBreakdown(options.unit ?? "etabli");
  const confidence = options.confidence ?? 0.95;
  const z = zForConfidence(confidence);
  const reference = options.reference ?? referenceRates(outcomes, indicator, strata);
  if (reference.indicator !== indicator) {
    throw new ParameterError(messages().indicators.referenceIndicator(reference.indicator, indicator));
  }
  if (reference.strata.join(",") !== strata.join(",")) {
    throw new ParameterError(messages().indicators.referenceStrata(reference.strata, strata));
  }
  if (outcomes.available[indicator] !== true) {
    throw new ParameterError(messages().indicators.notAvailable(indicator, outcomes.definition.rentree));
  }

  const keyOf = (stratum: Record<string, string>) => JSON.stringify(strata.map((key) => stratum[key]));
  const rates = new Map<string, { p: number; m: number }>();
  for (const row of reference.rows) {
    if (row.effectif > 0) rates.set(keyOf(row.stratum), { p: row.nombre / row.effectif, m: row.effectif });
  }

  type Accumulator = {
    n: number;
    x: number;
    nStd: number;
    xStd: number;
    expected: number;
    varNull: number;
    varRefTerm: number;
  };
  const perUnit = new Map<string, Accumulator>();
  for (const cell of stratumCounts(outcomes.students, strata, indicator, unit)) {
    const acc = perUnit.get(cell.unit) ?? {
      n: 0,
      x: 0,
      nStd: 0,
      xStd: 0,
      expected: 0,
      varNull: 0,
      varRefTerm: 0,
    };
    acc.n += cell.effectif;
    acc.x += cell.nombre;
    const rate = rates.get(keyOf(cell.stratum));
    if (rate) {
      acc.nStd += cell.effectif;
      acc.xStd += cell.nombre;
      acc.expected += cell.effectif * rate.p;
      acc.varNull += cell.effectif * rate.p * (1 - rate.p);
      // (n_s/N)² p(1−p)/M: accumulate n_s² p(1−p)/M and divide by N² at the end.
      acc.varRefTerm += (cell.effectif * cell.effectif * rate.p * (1 - rate.p)) / rate.m;
    }
    perUnit.set(cell.unit, acc);
  }

  let pooledN = 0;
  let pooledExpected = 0;
  const rows: ValeurAjouteeRow[] = [];
  for (const [code, acc] of [...perUnit.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const N = acc.nStd;
    pooledN += N;
    pooledExpected += acc.expected;
    const observe = N > 0 ? acc.xStd / N : Number.NaN;
    const simule = N > 0 ? acc.expected / N : Number.NaN;
    const va = observe - simule;
    const vaSe = Math.sqrt((observe * (1 - observe)) / N + acc.varRefTerm / (N * N));
    const seReference = Math.sqrt(acc.varNull) / N;
    rows.push({
      unit: code,
      effectif: acc.n,
      effectif_standardise: N,
      effectif_hors_reference: acc.n - N,
      taux_brut: acc.x / acc.n,
      observe,
      simule,
      va,
      va_se: vaSe,
      va_ic_bas: va - z * vaSe,
      va_ic_haut: va + z * vaSe,
      se_reference: seReference,
      z: seReference > 0 ? va / seReference : Number.NaN,
    });
  }
  return {
    indicator,
    strata,
    referenceSource: reference.source,
    referenceRate: pooledN > 0 ? pooledExpected / pooledN : Number.NaN,
    confidence,
    rows,
  };
}
