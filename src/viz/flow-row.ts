/**
 * One flow between consecutive years, as produced by the trajectories' `flows()`.
 *
 * @example
 * const row: FlowRow = { from_rentree: 2021, from_state: "L1", to_state: "L2", n: 120 };
 */
export interface FlowRow {
  /** Year the students leave from. */
  from_rentree: number;
  /** State in `from_rentree` (a formation state or `entree` / `interruption`). */
  from_state: string;
  /** State in `from_rentree + 1` (a formation state or `interruption` / `sortie` / `sortie_diplome`). */
  to_state: string;
  /** Number of students. */
  n: number;
}
