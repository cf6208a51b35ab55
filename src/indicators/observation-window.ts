import type pl from "nodejs-polars";
import { OraccleError } from "../core/errors.js";
import { messages } from "../core/i18n/messages.js";

/**
 * The years a SISE extract covers, which decide whether an indicator can be computed for a cohort
 * (right-censoring). Derived from the data by {@link observationWindow}, or given explicitly when
 * the extract is known to be incomplete.
 *
 * @example
 * const window: ObservationWindow = { firstRentree: 2015, lastInscriptionRentree: 2024, lastResultRentree: 2023 };
 */
export interface ObservationWindow {
  /** First rentrée with enrolments in the data. */
  firstRentree: number;
  /** Last rentrée with enrolments (`inscriNN`): enrolment-based indicators need N + k ≤ this. */
  lastInscriptionRentree: number;
  /**
   * Last rentrée whose results are present (`resultNN`, session = rentrée + 1): an indicator
   * asking for a diploma by session N + k needs N + k − 1 ≤ this.
   */
  lastResultRentree: number;
}

/**
 * Reads the observation window off the data: the smallest and largest `rentree` of the
 * enrolments and the largest `rentree` of the results. An extract without any result gives
 * `lastResultRentree = firstRentree − 1`, so that every result-based indicator is "not available".
 *
 * @throws ParameterError when `inscriptions` is empty (no window can be derived from nothing).
 * @example
 * const window = observationWindow(inscriptions, resultats); // { firstRentree: 2015, lastInscriptionRentree: 2024, lastResultRentree: 2024 }
 */
export function observationWindow(inscriptions: pl.DataFrame, resultats: pl.DataFrame): ObservationWindow {
  if (inscriptions.height === 0) throw new OraccleError(messages().indicators.noEnrolment, "input");
  const rentree = inscriptions.getColumn("rentree");
  const firstRentree = Number(rentree.min());
  const lastInscriptionRentree = Number(rentree.max());
  const lastResultRentree =
    resultats.height === 0 ? firstRentree - 1 : Number(resultats.getColumn("rentree").max());
  return { firstRentree, lastInscriptionRentree, lastResultRentree };
}
