import type { CohortFlows } from "../indicators/cohort-flows.js";
import type { Figure } from "./figure.js";
import { sankeyFigure } from "./sankey-figure.js";
import type { SankeyOptions } from "./sankey-options.js";

/**
 * The year-by-year paths of one cohort as a Sankey: {@link sankeyFigure} of the cohort's flows
 * (the indicators' `cohortFlows()`), titled with the entry year and the cohort size unless
 * `options.title` says otherwise. Each column sums to the cohort.
 *
 * @example
 * const figure = cohortSankeyFigure(cohortFlows(outcomes, input, { years: 4 }), { otherBelow: 20 });
 * showFigure(figure);
 */
export function cohortSankeyFigure(cohort: CohortFlows, options: SankeyOptions = {}): Figure {
  return sankeyFigure(cohort.flows, {
    title: `Parcours de la cohorte ${cohort.rentree} (${cohort.students} entrants)`,
    ...options,
  });
}
