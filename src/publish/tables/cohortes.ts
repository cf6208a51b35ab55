import pl from "nodejs-polars";
import type { ReleaseContext, ReleaseTable } from "../release-table.js";
import { TRACE_GRAMMAR } from "../trace-steps.js";

/**
 * `cohortes.csv`: one row per cohort of students sharing an identical path, its count (masked
 * below k) and `reussites`, the diplomas obtained year by year, aligned with the trace.
 */
export const cohortes: ReleaseTable = {
  name: "cohortes",
  title: "Cohortes de parcours identiques",
  description:
    "Une ligne par cohorte : les étudiants qui ont exactement le même parcours. Effectif 0 = cohorte masquée (de 1 à k − 1 étudiants).",
  primaryKey: ["cohorteid"],
  fields: () => ({
    cohorteid: {
      description:
        "Identifiant de la cohorte (numéro d'ordre des parcours, sans lien avec les étudiants ni avec l'effectif)",
      constraints: { required: true, unique: true },
    },
    trace: {
      description:
        "Parcours : années séparées par « + » (une année sans inscription est vide : « a++b »), inscriptions simultanées par « & », chaque élément « degetu-diplom-etabli » (« . » = inconnu) ; voir formations.csv et cohorte_etapes.csv",
      constraints: { required: true },
    },
    effectif: { description: "Nombre d'étudiants ; 0 = masqué (de 1 à k − 1)", constraints: { minimum: 0 } },
    reussites: {
      description:
        "Diplômes obtenus, année par année, alignés sur la trace (mêmes « + » et « & ») : pour chaque élément, le nombre d'étudiants de la cohorte qui ont obtenu cette année-là le diplôme de l'élément ; « . » = non communiqué (moins de k étudiants l'ont obtenu, ou moins de k ne l'ont pas obtenu) ; vide pour une cohorte masquée",
    },
  }),
  build: async (context) =>
    context.gate({
      kind: "cohorts",
      counts: withReussites(context),
      hideWhenMasked: ["reussites"],
      source: "cohortes.csv",
    }),
};

/**
 * The `reussites` text of every cohort: per element of the trace, the students who obtained its
 * diploma, or `.` when that count or its complement lies between 1 and k − 1 (like a rare
 * attribute value, it would single out a few students); empty for a gap year.
 */
function withReussites(context: ReleaseContext): pl.DataFrame {
  const { cohorts, successes } = context.cohortCounts();
  const k = context.policy.microdata.k;
  const years = cohorts
    .lazy()
    .select(
      pl.col("cohorteid"),
      pl.col("effectif"),
      pl.col("trace").str.split(TRACE_GRAMMAR.year).alias("__year"),
    )
    .explode("__year")
    .withRowIndex("__row")
    .withColumns(
      pl.col("__row").minus(pl.col("__row").min().over("cohorteid")).plus(1).cast(pl.Int32).alias("annee"),
    )
    .join(successes.lazy(), { on: ["cohorteid", "annee"], how: "left" });
  const readable = (count: pl.Expr) => count.eq(0).or(count.gtEq(k));
  const element = pl
    .when(pl.col("__year").eq(pl.lit("")))
    .then(pl.lit(""))
    .when(readable(pl.col("reussites")).and(readable(pl.col("effectif").minus(pl.col("reussites")))))
    .then(pl.col("reussites").cast(pl.Utf8))
    .otherwise(pl.lit(TRACE_GRAMMAR.unknown));
  const texts = years
    .sort(["cohorteid", "annee"])
    .groupBy("cohorteid", { maintainOrder: true })
    .agg(element.str.concat(TRACE_GRAMMAR.year).alias("reussites"));
  return cohorts
    .lazy()
    .join(texts, { on: "cohorteid", how: "left" })
    .select("cohorteid", "trace", "effectif", "reussites")
    .sort("cohorteid")
    .collectSync();
}
