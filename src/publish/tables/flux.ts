import pl from "nodejs-polars";
import { concatReleased, deriveReleased, type ReleasedFrame } from "../../disclosure/gate/released-frame.js";
import { SITUATIONS } from "../../trajectories/situations.js";
import type { ReleaseContext, ReleaseTable } from "../release-table.js";
import { STATUS_FIELD } from "./indicator-tables.js";

/** `flux.csv`: students from one MESR situation at rentrée N to their situation at N + 1. */
export const flux: ReleaseTable = {
  name: "flux",
  title: "Flux entre situations d'une rentrée à la suivante",
  description:
    "Étudiants inscrits à la rentrée N selon leur situation (SIT01 à SIT13 du ministère) et leur situation à la rentrée N + 1 ; les totaux sont dans les lignes « Total ». Cases en secret : effectif vide.",
  fields: () => ({
    rentree: { description: "Rentrée N (2019 = année universitaire 2019-20)" },
    situation: { description: "Situation à la rentrée N" },
    situation_suivante: { description: "Situation à la rentrée N + 1 (« Sortants » : plus inscrit)" },
    effectif: { description: "Nombre d'étudiants ; vide = secret statistique", constraints: { minimum: 0 } },
    statut: STATUS_FIELD,
  }),
  build: async (context) => {
    const counts = flowCounts(context);
    const parts: ReleasedFrame[] = [];
    let refused = false;
    for (const rentree of context.paths.rentrees.slice(0, -1)) {
      const records = counts.filter(pl.col("rentree").eq(rentree));
      if (records.height === 0) continue;
      const released = await context.gate({
        kind: "count-table",
        records,
        weight: "__students",
        dimensions: ["situation", "situation_suivante"],
        source: `flux.csv (rentrée ${rentree})`,
      });
      if (!released) refused = true;
      else parts.push(deriveReleased([released], ([frame]) => withRentree(frame!, rentree)));
    }
    return refused || parts.length === 0 ? undefined : concatReleased(parts);
  },
};

function withRentree(frame: pl.DataFrame, rentree: number): pl.DataFrame {
  return frame
    .withColumns(pl.lit(rentree).cast(pl.Int32).alias("rentree"))
    .select("rentree", "situation", "situation_suivante", "effectif", "statut");
}

const labelled = new WeakMap<ReleaseContext, pl.DataFrame>();

/**
 * Students of every rentrée by situation and next situation (`rentree`, `situation`,
 * `situation_suivante`, `__students`), from the counts of every partition, labelled once per
 * publication.
 *
 * @example
 * flowCounts(context).filter(pl.col("rentree").eq(2019));
 */
export function flowCounts(context: ReleaseContext): pl.DataFrame {
  let counts = labelled.get(context);
  if (!counts) {
    const label = (name: string) => pl.col(name).replace(Object.keys(SITUATIONS), Object.values(SITUATIONS));
    counts = context.paths.flows.select(
      pl.col("rentree"),
      label("situation").alias("situation"),
      label("next_situation").alias("situation_suivante"),
      pl.col("__students"),
    );
    labelled.set(context, counts);
  }
  return counts;
}

/**
 * Counts the students of one partition by rentrée, situation and next situation (codes as text,
 * `__students`): the transitions of enrolled students whose next situation is known.
 *
 * @example
 * const partial = countFlows(moves); // rentree, situation, next_situation, __students
 */
export function countFlows(moves: pl.DataFrame): pl.DataFrame {
  return moves
    .lazy()
    .filter(pl.col("next_situation").isNotNull().and(pl.col("situation").isNotNull()))
    .filter(pl.col("status").eq(pl.lit("enrolled")))
    .groupBy(["rentree", "situation", "next_situation"])
    .agg(pl.len().alias("__students"))
    .select(
      pl.col("rentree"),
      pl.col("situation").cast(pl.Utf8),
      pl.col("next_situation").cast(pl.Utf8),
      pl.col("__students"),
    )
    .collectSync();
}
