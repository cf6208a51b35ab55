import pl from "nodejs-polars";
import { concatReleased, deriveReleased, type ReleasedFrame } from "../../disclosure/gate/released-frame.js";
import type { CohortOutcomes } from "../../indicators/cohort-outcomes.js";
import { type WilsonInterval, wilsonInterval } from "../../indicators/wilson-interval.js";
import type { ReleaseContext, TableFields } from "../release-table.js";
import type { FieldDocumentation } from "../table-schema.js";

/** The `statut` column of the tables with suppressed cells. */
export const STATUS_FIELD: FieldDocumentation = {
  description:
    "publie ; secret_primaire (moins de k étudiants) ; secret_secondaire (masquée pour protéger une autre case)",
  constraints: { enum: ["publie", "secret_primaire", "secret_secondaire"] },
};

/** One indicator table: which outcome it needs and how each student falls in a category. */
export interface IndicatorSpec {
  /** File name, for the report (`devenir_l1.csv`). */
  file: string;
  /** Category column (`devenir`). */
  category: string;
  /** Outcome that must be observable for the cohort to be published (`passage_en_l2_1_an`). */
  requires: keyof CohortOutcomes["available"];
  /** Outcome column → category label, first true wins. */
  categories: readonly (readonly [string, string])[];
  /** Label of the students in no category; default: none (they are not counted). */
  otherwise?: string;
}

/**
 * An indicator table through the gate, cohort by cohort (`count-table`: primary and secondary
 * suppression, LP audit), with rates and Wilson intervals computed on the published cells only.
 *
 * @example
 * await releaseIndicator(context, { file: "devenir_l1.csv", category: "devenir", requires: "passage_en_l2_1_an", categories });
 */
export async function releaseIndicator(
  context: ReleaseContext,
  spec: IndicatorSpec,
): Promise<ReleasedFrame | undefined> {
  const { breakdown } = context;
  const parts: ReleasedFrame[] = [];
  for (const { rentree, available, counts } of context.paths.licence) {
    if (!available[spec.requires]) continue;
    const category = categoryExpr(spec.categories);
    const records = counts
      .lazy()
      .select(
        pl.col(breakdown),
        (spec.otherwise ? category.fillNull(pl.lit(spec.otherwise)) : category).alias(spec.category),
        pl.col("__students"),
      )
      .groupBy([breakdown, spec.category])
      .agg(pl.col("__students").sum().cast(pl.UInt32).alias("__students"))
      .collectSync();
    const released = await context.gate({
      kind: "count-table",
      records,
      weight: "__students",
      dimensions: [breakdown, spec.category],
      source: `${spec.file} (cohorte ${rentree})`,
    });
    if (!released) return undefined;
    parts.push(deriveReleased([released], ([frame]) => withRates(frame!, breakdown, spec.category, rentree)));
  }
  return parts.length === 0 ? undefined : concatReleased(parts);
}

/** The fields of an indicator table. */
export function indicatorFields(
  breakdown: string,
  category: string,
  categoryDescription: string,
): TableFields {
  return {
    cohorte: { description: "Rentrée d'entrée en L1 des néo-bacheliers" },
    [breakdown]: { description: "Grande discipline de la L1 (DSA, LLSH, SI, STAPS, SANTE ; Total)" },
    [category]: { description: categoryDescription },
    effectif: { description: "Nombre d'étudiants ; vide = secret statistique", constraints: { minimum: 0 } },
    effectif_groupe: {
      description: "Effectif de la cohorte dans la grande discipline (dénominateur du taux)",
    },
    statut: STATUS_FIELD,
    taux: {
      description: "Part des étudiants du groupe (effectif / effectif_groupe), cases publiées seulement",
      constraints: { minimum: 0, maximum: 1 },
    },
    taux_ic_bas: { description: "Borne basse de l'intervalle de Wilson à 95 %" },
    taux_ic_haut: { description: "Borne haute de l'intervalle de Wilson à 95 %" },
  };
}

/** The first true indicator column gives the category; null when none is true. */
function categoryExpr(categories: readonly (readonly [string, string])[]): pl.Expr {
  let expr: pl.Then | undefined;
  for (const [column, label] of categories) {
    const condition = pl.col(column).fillNull(false);
    expr = expr ? expr.when(condition).then(pl.lit(label)) : pl.when(condition).then(pl.lit(label));
  }
  return expr!.otherwise(pl.lit(null)) as pl.Expr;
}

/** Adds the cohort, the group's total and the rate with its Wilson interval, on published cells only. */
function withRates(frame: pl.DataFrame, breakdown: string, category: string, cohorte: number): pl.DataFrame {
  const totals = frame
    .filter(pl.col(category).eq(pl.lit("Total")))
    .select(pl.col(breakdown), pl.col("effectif").alias("effectif_groupe"));
  const joined = frame.join(totals, { on: breakdown, how: "left" }).sort([breakdown, category]);
  const intervals = (joined.toRecords() as Record<string, unknown>[]).map((row) => {
    const x = row.effectif === null ? null : Number(row.effectif);
    const n = row.effectif_groupe === null ? null : Number(row.effectif_groupe);
    if (x === null || n === null || n === 0 || row[category] === "Total") return null;
    return wilsonInterval(x, n);
  });
  const series = (name: string, pick: (interval: WilsonInterval) => number | null) =>
    pl.Series(
      name,
      intervals.map((interval) => {
        const value = interval === null ? null : pick(interval);
        return value === null ? null : Math.round(value * 10_000) / 10_000;
      }),
      pl.Float64,
    );
  return joined
    .select(
      pl.lit(cohorte).cast(pl.Int32).alias("cohorte"),
      pl.col(breakdown),
      pl.col(category),
      pl.col("effectif"),
      pl.col("effectif_groupe"),
      pl.col("statut"),
    )
    .withColumns(
      series("taux", (i) => i.rate),
      series("taux_ic_bas", (i) => i.lower),
      series("taux_ic_haut", (i) => i.upper),
    );
}
