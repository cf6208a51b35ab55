import pl from "nodejs-polars";
import { flows } from "../trajectories/flows.js";
import type { CohortOutcomes, FollowUpInput } from "./cohort-outcomes.js";

/**
 * Options of {@link cohortFlows}.
 *
 * @example
 * const options: CohortFlowsOptions = { years: 4 };
 */
export interface CohortFlowsOptions {
  /** Number of year-to-year moves kept, from N → N + 1 onwards. Default `3` (up to N + 3), cut at the last observed rentrée. */
  years?: number;
}

/**
 * The year-to-year flows of one cohort, ready to draw (`cohortSankeyFigure`).
 *
 * @example
 * const { rentree, students, flows } = cohortFlows(outcomes, input);
 */
export interface CohortFlows {
  /** Entry rentrée N of the cohort. */
  rentree: number;
  /** Number of students of the cohort. */
  students: number;
  /** The trajectories' `flows()` of the cohort's students: `from_rentree`, `from_state`, `to_state`, `n`. */
  flows: pl.DataFrame;
}

/**
 * The year-by-year moves of one cohort's students only, from their entry year N, counted by the
 * trajectories' `flows()` (exits, gaps and graduations as their own states; censored years not
 * counted): each year's flows sum to the cohort.
 *
 * @example
 * const figure = cohortSankeyFigure(cohortFlows(outcomes, input, { years: 4 }), { otherBelow: 20 });
 * showFigure(figure);
 */
export function cohortFlows(
  outcomes: CohortOutcomes,
  input: FollowUpInput,
  options: CohortFlowsOptions = {},
): CohortFlows {
  const n = outcomes.definition.rentree;
  const { years = 3 } = options;
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
  return { rentree: n, students: outcomes.students.height, flows: flows(moves) };
}
