import pl from "nodejs-polars";
import { type RateErrors, type RateEstimate, rateErrors } from "../../disclosure/utility/rate-errors.js";
import { devenirFromCohorts } from "./devenir-from-cohorts.js";

/** The constant reusers impute to a masked cohort (Datactivist's choice, in the producer's notice). */
export const MASKED_COHORT_IMPUTATION = 1.148;

/**
 * Inputs of {@link utilityReport}: the cohorts with their true counts and the counts as released.
 *
 * @example
 * const input: UtilityInput = { cohorts, method: "masquage", k: 5, formations };
 */
export interface UtilityInput {
  /** One row per cohort: `trace`, `effectif` (true count), `effectif_publie` (as released). */
  cohorts: pl.DataFrame;
  /** Protection of the counts: masking (0 = 1 to k − 1) or the cell-key method. */
  method: "masquage" | "cle-cellule";
  /** k of the masking method. Default `5`. */
  k?: number | undefined;
  /** `formation` → `gd_discipline` (formations.csv), for the figures by discipline. Default: none. */
  formations?: pl.DataFrame | undefined;
  /** Thresholds: unusable above `unusablePoints` (default 5); goal `minSize`/`points` (50, 2). */
  unusablePoints?: number | undefined;
  /** Formation sizes splitting the summaries (see `rateErrors`). Default `[10, 50, 200]`. */
  sizeBands?: readonly number[] | undefined;
}

/** Estimators a reuser can apply: per masking, the imputed constant, zero, or the bounds. */
export type UtilityEstimator = "imputation_1_148" | "sans_imputation" | "publie";

/**
 * The utility report of a release (`utilite.json`): how far a reuser's figures, recomputed from the
 * released cohort counts, fall from the same figures on the unprotected counts.
 *
 * @example
 * const report: UtilityReport = utilityReport({ cohorts, method: "masquage" });
 * report.devenir_par_formation.imputation_1_148?.goal.within;
 */
export interface UtilityReport {
  methode: "masquage" | "cle-cellule";
  definitions: Record<string, string>;
  /** Passage rate in one year by formation, per estimator. */
  devenir_par_formation: Partial<Record<UtilityEstimator | "bornes", RateErrors>>;
  /** The same by discipline (`gd_discipline`), when formations were given. */
  devenir_par_discipline?: Partial<Record<UtilityEstimator | "bornes", RateErrors>> | undefined;
  /** Flows formation → devenir: error in students per cell, per estimator. */
  flux: Partial<
    Record<
      UtilityEstimator,
      { cases: number; erreur_moyenne_etudiants: number; erreur_relative_totale: number }
    >
  >;
}

/**
 * Computes the utility report: the passage rate in one year by formation and by discipline, and the
 * flows from each formation to the next year's devenir (see `devenirFromCohorts`), each recomputed
 * from the released counts as a reuser would — with the masking method: imputing 1.148 to each
 * masked cohort, or 0, and the [1·m, 4·m] bounds; with the cell-key method: the published counts —
 * and compared with the true counts (see `rateErrors`).
 *
 * @param input cohorts with true and released counts, method, formations
 * @example
 * const report = utilityReport({ cohorts: cohortes.withColumns(pl.col("effectif").alias("effectif_publie")), method: "cle-cellule" });
 */
export function utilityReport(input: UtilityInput): UtilityReport {
  const k = input.k ?? 5;
  const masked = input.method === "masquage";
  const cohorts = input.cohorts.withColumns(
    (masked
      ? pl
          .when(pl.col("effectif_publie").eq(0))
          .then(pl.lit(MASKED_COHORT_IMPUTATION))
          .otherwise(pl.col("effectif_publie"))
      : pl.col("effectif_publie")
    )
      .cast(pl.Float64)
      .alias("imputation_1_148"),
  );
  const estimators: Record<string, string> = masked
    ? { imputation_1_148: "imputation_1_148", sans_imputation: "effectif_publie" }
    : { publie: "effectif_publie" };
  const transitions = devenirFromCohorts(
    cohorts,
    ["effectif", "effectif_publie", "imputation_1_148"],
    masked ? "effectif_publie" : undefined,
  );
  const options = { unusablePoints: input.unusablePoints, sizeBands: input.sizeBands };
  const byFormation = ratesBy(transitions, "formation", estimators, masked ? k : undefined, options);
  let byDiscipline: UtilityReport["devenir_par_discipline"];
  if (input.formations !== undefined) {
    const withDiscipline = transitions
      .join(input.formations.select("formation", "gd_discipline"), { on: "formation", how: "left" })
      .withColumns(pl.col("gd_discipline").fillNull(pl.lit("inconnue")));
    byDiscipline = ratesBy(withDiscipline, "gd_discipline", estimators, masked ? k : undefined, options);
  }
  return {
    methode: input.method,
    definitions: definitions(k, masked, input.unusablePoints ?? 5),
    devenir_par_formation: byFormation,
    devenir_par_discipline: byDiscipline,
    flux: Object.fromEntries(
      Object.entries(estimators).map(([name, column]) => [name, flowErrors(transitions, column)]),
    ),
  };
}

/** Passage rates per group for each estimator (and the bounds with masking). */
function ratesBy(
  transitions: pl.DataFrame,
  group: string,
  estimators: Record<string, string>,
  maskedK: number | undefined,
  options: { unusablePoints?: number | undefined; sizeBands?: readonly number[] | undefined },
): Partial<Record<UtilityEstimator | "bornes", RateErrors>> {
  const passage = pl.col("devenir").eq(pl.lit("passage"));
  const sums = (column: string) => [
    pl.col(column).sum().alias(`${column}__size`),
    pl.when(passage).then(pl.col(column)).otherwise(pl.lit(0)).sum().alias(`${column}__hits`),
  ];
  const aggregations = [...sums("effectif"), ...Object.values(estimators).flatMap(sums)];
  if (maskedK !== undefined) {
    aggregations.push(
      pl.when(passage).then(pl.col("effectif_publie_masquees")).otherwise(pl.lit(0)).sum().alias("mp"),
      pl.when(passage).then(pl.lit(0)).otherwise(pl.col("effectif_publie_masquees")).sum().alias("mo"),
    );
  }
  const rows = transitions
    .groupBy(group)
    .agg(...aggregations)
    .sort(group)
    .toRecords() as Record<string, number>[];
  const result: Partial<Record<UtilityEstimator | "bornes", RateErrors>> = {};
  for (const [name, column] of Object.entries(estimators)) {
    const estimates: RateEstimate[] = rows.map((r) => ({
      group: String(r[group]),
      size: r.effectif__size!,
      trueHits: r.effectif__hits!,
      estimatedHits: r[`${column}__hits`]!,
      estimatedSize: r[`${column}__size`]!,
    }));
    result[name as UtilityEstimator] = rateErrors(estimates, options);
  }
  if (maskedK !== undefined)
    result.bornes = rateErrors(
      rows.map((r) => boundsEstimate(r, group, maskedK)),
      options,
    );
  return result;
}

/** Bounds of the passage rate when each masked cohort holds 1 to k − 1 students; midpoint as estimate. */
function boundsEstimate(r: Record<string, number>, group: string, k: number): RateEstimate {
  const p0 = r.effectif_publie__hits!;
  const o0 = r.effectif_publie__size! - p0;
  const { mp, mo } = r as { mp: number; mo: number };
  const rate = (p: number, o: number) => (p + o === 0 ? 0 : p / (p + o));
  const lower = rate(p0 + mp, o0 + (k - 1) * mo);
  const upper = rate(p0 + (k - 1) * mp, o0 + mo);
  const middle = (lower + upper) / 2;
  const size = r.effectif_publie__size! + (k / 2) * (mp + mo);
  return {
    group: String(r[group]),
    size: r.effectif__size!,
    trueHits: r.effectif__hits!,
    estimatedHits: middle * size,
    estimatedSize: size,
    bounds: { lower, upper },
  };
}

function flowErrors(transitions: pl.DataFrame, column: string) {
  const truth = transitions.getColumn("effectif").toArray() as number[];
  const estimate = transitions.getColumn(column).toArray() as number[];
  const errors = truth.map((t, i) => Math.abs((estimate[i] ?? 0) - t));
  const total = truth.reduce((s, t) => s + t, 0);
  const sum = errors.reduce((s, e) => s + e, 0);
  return {
    cases: truth.length,
    erreur_moyenne_etudiants: truth.length === 0 ? 0 : sum / truth.length,
    erreur_relative_totale: total === 0 ? 0 : sum / total,
  };
}

function definitions(k: number, masked: boolean, unusablePoints: number): Record<string, string> {
  return {
    taux: "taux de passage en un an d'une formation : part des étudiants inscrits une année dans la formation (élément « niveau-diplôme-UAI » d'un parcours) inscrits l'année suivante à un niveau supérieur",
    devenir:
      "année suivante : passage (niveau supérieur), redoublement (même formation), réorientation (autre formation, même niveau ou inférieur), sortie (pas d'inscription l'année suivante, ou fin de la période observée)",
    erreur:
      "écart absolu, en points, entre le taux recalculé à partir des fichiers publiés et le taux calculé sur les effectifs avant protection ; en étudiants : écart sur le nombre de passages",
    inutilisable: `taux dont l'erreur dépasse ${unusablePoints} points, ou qui ne se calcule pas (aucun étudiant publié dans la formation) ; pour les bornes : intervalle plus large que 10 points`,
    estimateurs: masked
      ? `imputation_1_148 : chaque cohorte masquée (effectif publié 0, de 1 à ${k - 1}) compte 1,148 étudiant ; sans_imputation : elle compte 0 ; bornes : chaque cohorte masquée compte de 1 à ${k - 1}, le taux est encadré (milieu de l'intervalle comme estimation)`
      : "publie : les effectifs publiés, perturbés par la méthode de la clé de cellule (sans biais, écart maximal par cohorte documenté)",
  };
}
