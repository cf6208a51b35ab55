/**
 * States that are not a formation, shared by states, transitions, flows and the Sankey. They are
 * ASCII tokens; figures turn them into French labels.
 *
 * - `entree`: the node students come from in the year before their first observed enrolment.
 * - `interruption`: a year without enrolment followed by a later enrolment (a gap year).
 * - `sortie`: not enrolled this year nor any later observed year, without a diploma the last enrolled year.
 * - `sortie_diplome`: the same after a year in which a diploma was obtained (résultats `resdip = O`).
 *
 * @example
 * transitions.filter(pl.col("next_state").eq(pl.lit(PSEUDO_STATES.exit)));
 */
export const PSEUDO_STATES = {
  entry: "entree",
  gap: "interruption",
  exit: "sortie",
  exitGraduate: "sortie_diplome",
} as const;

/**
 * One of the {@link PSEUDO_STATES} tokens.
 *
 * @example
 * const s: PseudoState = "sortie_diplome";
 */
export type PseudoState = (typeof PSEUDO_STATES)[keyof typeof PSEUDO_STATES];

/**
 * Presence of a student in a year (`status` column of {@link yearlyStates}): `enrolled`; `gap` =
 * not enrolled but enrolled again later; `left` = not enrolled this year nor later in the data.
 *
 * @example
 * const s: PresenceStatus = "gap";
 */
export type PresenceStatus = "enrolled" | "gap" | "left";
