import pl from "nodejs-polars";
import type { ObservationWindow } from "../indicators/observation-window.js";
import { STUDENT_ATTRIBUTES } from "../sise/student-attributes.js";
import { OPTIONAL_TEXT_COLUMNS } from "../trajectories/columns.js";
import { transitions } from "../trajectories/transitions.js";
import { yearlyStates } from "../trajectories/yearly-states.js";
import { traceCounts } from "./cohort-counts.js";
import { formationCodes } from "./formation-codes.js";
import { countLicenceCohorts } from "./licence-counts.js";
import type { PartitionCounts } from "./path-counts.js";
import { countFlows } from "./tables/flux.js";

/** Student attributes no released table uses: not read, which saves two text columns. */
const UNPUBLISHED_ATTRIBUTES: ReadonlySet<string> = new Set(["acabac", "nation"]);

/** Enrolment columns the publication reads after the principal enrolment is chosen. */
export const PUBLISHED_ENROLMENT_COLUMNS = [
  "id_etu",
  "rentree",
  "etabli",
  "inspr",
  ...STUDENT_ATTRIBUTES.filter((column) => !UNPUBLISHED_ATTRIBUTES.has(column)),
  "degetu",
  "compos",
  "typ_dipl",
  "diplom",
  "niveau",
  "cursus_lmd",
  "sectdis",
  "discipli",
  "groupe",
  "gd_discipline",
  "par_type",
];

/** Result columns the states, attributes and cohort indicators read. */
export const RESULT_COLUMNS = ["id_etu", "rentree", "session", "etabli", "typ_dipl", "diplom", "resdip"];

/** Transition columns the flows and the cohort indicators read. */
const MOVE_COLUMNS = ["id_etu", "rentree", "status", "devenir", "situation", "next_situation"];

/** What the whole extract decides, the same for every partition. */
export interface PartitionContext {
  /** Rentrées with a principal enrolment, sorted (bounds of the states; cohorts followed). */
  rentrees: readonly number[];
  window: ObservationWindow;
  /** Column the indicator tables break down by. */
  breakdown: string;
}

/**
 * Every count of the release for one partition of students, from its principal enrolments and
 * results: yearly states and transitions (bounded by the whole extract's first and last
 * rentrée), flows, formation codes, licence cohorts' indicators, cohorts of identical paths.
 *
 * @example
 * const partial = countPartition(principal, resultats, { rentrees, window, breakdown: "gd_discipline" });
 */
export function countPartition(
  principal: pl.DataFrame,
  resultats: pl.DataFrame,
  whole: PartitionContext,
): PartitionCounts {
  const states = yearlyStates(principal, resultats, {
    columns: OPTIONAL_TEXT_COLUMNS,
    lastRentree: whole.rentrees.at(-1)!,
    untilFirstExit: true,
  });
  const moves = transitions(states, { firstRentree: whole.rentrees[0]!, columns: MOVE_COLUMNS }).select(
    ...MOVE_COLUMNS.map((name) =>
      name === "id_etu" || name === "rentree" ? pl.col(name) : pl.col(name).cast(pl.Categorical),
    ),
  );
  const published = principal.select(
    ...PUBLISHED_ENROLMENT_COLUMNS.filter((c) => principal.columns.includes(c)),
  );
  const results = resultats.select(...RESULT_COLUMNS.filter((c) => resultats.columns.includes(c)));
  return {
    enrolments: published.groupBy("rentree").agg(pl.len().alias("enrolments")),
    flows: countFlows(moves),
    formations: formationCodes(published),
    licence: countLicenceCohorts({
      principal: published,
      transitions: moves,
      resultats: results,
      window: whole.window,
      rentrees: whole.rentrees,
      breakdown: whole.breakdown,
    }),
    cohorts: traceCounts(published, results),
  };
}
