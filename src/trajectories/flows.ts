import pl from "nodejs-polars";
import { requireColumns } from "../core/require-columns.js";

/**
 * Counts of students per pair of states in consecutive years, tidy for Sankeys and transition
 * matrices: `from_rentree`, `to_rentree` (= from + 1), `from_state`, `to_state`, `n`, and `pct`
 * (share of the `from_state` node's outflow, 0–100). Censored rows (no `next_state`) are left
 * out, so for every year t before the last observed one, the outflows of the enrolled states sum
 * to the number of principal enrolments of year t; pseudo-states (`entree`, `interruption`)
 * have their own outflows and leavers end in `sortie`/`sortie_diplome`. Not masked: apply the
 * disclosure gate before publishing. Sorted by `from_rentree`, `from_state`, `to_state`.
 *
 * @example
 * const f = flows(transitions(states));
 * f.filter(pl.col("from_rentree").eq(2021));
 */
export function flows(transitions: pl.DataFrame): pl.DataFrame {
  requireColumns(transitions, ["rentree", "state", "next_state"], "flows(transitions)", {
    hint: "Pass the result of transitions()",
  });
  const counted = transitions
    .lazy()
    .filter(pl.col("next_state").isNotNull())
    .groupBy(["rentree", "state", "next_state"])
    .agg(pl.len().cast(pl.Int64).alias("n"));
  const totals = counted.groupBy(["rentree", "state"]).agg(pl.col("n").sum().alias("__total"));
  return counted
    .join(totals, { on: ["rentree", "state"], how: "left" })
    .select(
      pl.col("rentree").cast(pl.Int32).alias("from_rentree"),
      pl.col("rentree").plus(1).cast(pl.Int32).alias("to_rentree"),
      pl.col("state").alias("from_state"),
      pl.col("next_state").alias("to_state"),
      pl.col("n"),
      pl.col("n").mul(100).div(pl.col("__total")).alias("pct"),
    )
    .sort(["from_rentree", "from_state", "to_state"])
    .collectSync();
}
