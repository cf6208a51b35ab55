import pl from "nodejs-polars";
import { flows } from "../trajectories/flows.js";
import type { Figure } from "../viz/figure.js";
import { type SankeyOptions, sankeyFigure } from "../viz/sankey.js";
import type { CohortOutcomes, FollowUpInput } from "./cohort-outcomes.js";

/**
 * Options of {@link cohortSankeyFigure}: the Sankey's own options plus the follow-up length.
 *
 * @example
 * const options: CohortSankeyOptions = { years: 4, otherBelow: 20 };
 */
export interface CohortSankeyOptions extends SankeyOptions {
  /** Number of year-to-year moves drawn, from N → N + 1 onwards. Default `3` (up to N + 3), cut at the last observed rentrée. */
  years?: number;
}

/**
 * The year-by-year paths of one cohort as a Sankey: the cohort's students only, from their entry
 * year N, with the trajectories' `flows()` and `sankeyFigure()` (exits, gaps and graduations as
 * their own nodes; censored years simply not drawn). Each column sums to the cohort.
 *
 * @example
 * const figure = cohortSankeyFigure(outcomes, input, { years: 4, otherBelow: 20, title: "Entrants en L1 en 2018" });
 * showFigure(figure);
 */
export function cohortSankeyFigure(
  outcomes: CohortOutcomes,
  input: FollowUpInput,
  options: CohortSankeyOptions = {},
): Figure {
  const n = outcomes.definition.rentree;
  const { years = 3, ...sankeyOptions } = options;
  const last = Math.min(n + years - 1, outcomes.window.lastInscriptionRentree - 1);
  const moves = input.transitions
    .join(outcomes.students.select("id_etu"), { on: "id_etu", how: "inner" })
    .filter(
      pl
        .col("rentree")
        .gtEq(pl.lit(n))
        .and(pl.col("rentree").ltEq(pl.lit(last)))
        .and(pl.col("status").isNotNull()),
    );
  return sankeyFigure(flows(moves), {
    title: `Parcours de la cohorte ${n} (${outcomes.students.height} entrants)`,
    ...sankeyOptions,
  });
}
