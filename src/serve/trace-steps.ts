import pl from "nodejs-polars";

/**
 * The traces of a `cohortes` frame in long form: one row per cohort and year of its trace,
 * `cohorteid`, `rang` (0-based), `formation` (the element's key, empty for a year without
 * enrolment). Years are separated by `+`; of simultaneous enrolments (`&`) the first, the
 * principal one, is kept.
 *
 * @example
 * traceSteps(pl.DataFrame({ cohorteid: ["1"], trace: ["1-X-U+2-X-U"], effectif: [7] }));
 * // cohorteid 1: rang 0 → "1-X-U", rang 1 → "2-X-U"
 */
export function traceSteps(cohorts: pl.DataFrame): pl.DataFrame {
  const ids = (cohorts.getColumn("cohorteid").toArray() as unknown[]).map(String);
  const traces = cohorts.getColumn("trace").toArray() as (string | null)[];
  const stepIds: string[] = [];
  const ranks: number[] = [];
  const formations: string[] = [];
  traces.forEach((trace, row) => {
    (trace ?? "").split("+").forEach((year, rank) => {
      stepIds.push(ids[row] as string);
      ranks.push(rank);
      formations.push(year.split("&")[0] ?? "");
    });
  });
  return pl.DataFrame({
    cohorteid: pl.Series("cohorteid", stepIds, pl.Utf8),
    rang: pl.Series("rang", ranks, pl.Int32),
    formation: pl.Series("formation", formations, pl.Utf8),
  });
}
