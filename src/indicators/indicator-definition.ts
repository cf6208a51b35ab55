import type pl from "nodejs-polars";
import type { CohortKind } from "./cohort-definition.js";
import type { ObservationWindow } from "./observation-window.js";

/**
 * What an indicator needs to have been observed for a cohort N: enrolments of rentrée N + k, or
 * results of the session N + k (the results of rentrée N + k − 1).
 *
 * @example
 * const needs: ObservationNeed = { source: "resultats", session: 3 }; // licence en 3 ans
 */
export type ObservationNeed =
  | { source: "inscriptions"; rentree: number }
  | { source: "resultats"; session: number };

/**
 * One cohort indicator: a yes/no outcome per student, counted over the cohort. `name` is the MESR
 * open-data field name when MESR publishes the indicator (`passage_en_l2_1_an`…), otherwise a
 * name built the same way (`sortie_1_an`, `master_2_ans`…).
 *
 * @example
 * const passage = INDICATORS.find((indicator) => indicator.name === "passage_en_l2_1_an");
 */
export interface IndicatorDefinition {
  /** Column name of the count in output tables; the rate is `taux_<name>`. */
  readonly name: string;
  /** French label for tables and figures. */
  readonly label: string;
  /** The cohort it is defined on. */
  readonly cohort: CohortKind;
  /** Name of the denominator (cohort size) column, MESR's where it exists. */
  readonly denominator: string;
  /** Name of the cohort-year column, MESR's where it exists. */
  readonly cohortField: string;
  /** The latest year of data the indicator reads, relative to the cohort. */
  readonly needs: ObservationNeed;
  /**
   * Boolean polars expression over the follow-up table: does this student count? Built on the
   * first call, then the same expression is returned (expressions are immutable).
   */
  outcome(): pl.Expr;
}

/**
 * Whether cohort `rentree` has been followed long enough for an indicator: its enrolments of
 * N + k (or results of session N + k) lie inside the window. When false, the indicator must be
 * reported as "not available" — a censored cohort would otherwise show a falsely low rate.
 *
 * @example
 * isObservable(indicatorByName("reussite_3_ans"), 2021, { firstRentree: 2015, lastInscriptionRentree: 2024, lastResultRentree: 2023 }); // true (results of 2023 = session 2024)
 */
export function isObservable(
  indicator: IndicatorDefinition,
  rentree: number,
  window: ObservationWindow,
): boolean {
  const { needs } = indicator;
  return needs.source === "inscriptions"
    ? rentree + needs.rentree <= window.lastInscriptionRentree
    : rentree + needs.session - 1 <= window.lastResultRentree;
}
