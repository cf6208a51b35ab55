import pl from "nodejs-polars";
import type { RateErrorSummary, RateErrors } from "../../disclosure/utility/rate-errors.js";
import type { UtilityReport } from "./utility-report.js";

/** The statistic columns of {@link utilityStatistics}: each one aggregates over `groupes` groups. */
export const UTILITY_STATISTICS = [
  "non_calculables",
  "erreur_moyenne_points",
  "erreur_p90_points",
  "erreur_max_points",
  "erreur_moyenne_etudiants",
  "part_inutilisable",
  "largeur_moyenne_bornes_points",
  "dans_objectif",
  "erreur_relative_totale",
] as const;

type StatisticRow = {
  indicateur: string;
  estimateur: string;
  tranche: string;
  taille_min: number | null;
  taille_max: number | null;
  groupes: number;
} & Record<(typeof UTILITY_STATISTICS)[number], number | null>;

/**
 * The utility report as statistics aggregated over groups — what a release may say about it: one
 * row per (indicator, estimator, size band), never a formation's own figure. Rows: for the passage
 * rate by formation, the whole (`ensemble`), each size band (`taille_min`–`taille_max` students,
 * `taille_max` excluded) and the goal (`objectif`: formations of at least `minSize`, with
 * `dans_objectif` those within `points`); by discipline, the whole; for the flows, the cells
 * (`erreur_moyenne_etudiants`, `erreur_relative_totale`). `groupes` is the number of formations,
 * disciplines or flow cells each row summarises. Sorted as built (deterministic).
 *
 * @param report the full utility report (inside the secure environment)
 * @example
 * const statistics = utilityStatistics(utilityReport({ cohorts, method: "masquage" }));
 * await context.gate({ kind: "aggregates", frame: statistics, groups: "groupes", statistics: [...UTILITY_STATISTICS] });
 */
export function utilityStatistics(report: UtilityReport): pl.DataFrame {
  const rows: StatisticRow[] = [];
  for (const [estimator, errors] of Object.entries(report.devenir_par_formation)) {
    rows.push(summaryRow("devenir_par_formation", estimator, "ensemble", null, null, errors.overall));
    for (const band of errors.bySize) {
      const label = band.to === null ? `${band.from} et plus` : `${band.from} à ${band.to - 1}`;
      rows.push(summaryRow("devenir_par_formation", estimator, label, band.from, band.to, band.summary));
    }
    rows.push(goalRow(estimator, errors.goal));
  }
  for (const [estimator, errors] of Object.entries(report.devenir_par_discipline ?? {})) {
    rows.push(summaryRow("devenir_par_discipline", estimator, "ensemble", null, null, errors.overall));
  }
  for (const [estimator, flux] of Object.entries(report.flux)) {
    rows.push({
      ...emptyRow("flux", estimator, "ensemble", null, null, flux.cases),
      erreur_moyenne_etudiants: flux.erreur_moyenne_etudiants,
      erreur_relative_totale: flux.erreur_relative_totale,
    });
  }
  return pl.DataFrame(rows, {
    schema: {
      indicateur: pl.Utf8,
      estimateur: pl.Utf8,
      tranche: pl.Utf8,
      taille_min: pl.Int64,
      taille_max: pl.Int64,
      groupes: pl.Int64,
      ...Object.fromEntries(
        UTILITY_STATISTICS.map((name) => [
          name,
          name === "non_calculables" || name === "dans_objectif" ? pl.Int64 : pl.Float64,
        ]),
      ),
    },
  });
}

function emptyRow(
  indicateur: string,
  estimateur: string,
  tranche: string,
  from: number | null,
  to: number | null,
  groups: number,
): StatisticRow {
  const row = { indicateur, estimateur, tranche, taille_min: from, taille_max: to, groupes: groups };
  return { ...row, ...Object.fromEntries(UTILITY_STATISTICS.map((name) => [name, null])) } as StatisticRow;
}

function summaryRow(
  indicateur: string,
  estimateur: string,
  tranche: string,
  from: number | null,
  to: number | null,
  summary: RateErrorSummary,
): StatisticRow {
  return {
    ...emptyRow(indicateur, estimateur, tranche, from, to, summary.groups),
    non_calculables: summary.notComputable,
    erreur_moyenne_points: summary.meanErrorPoints,
    erreur_p90_points: summary.p90ErrorPoints,
    erreur_max_points: summary.maxErrorPoints,
    erreur_moyenne_etudiants: summary.meanErrorUnits,
    part_inutilisable: summary.unusableShare,
    largeur_moyenne_bornes_points: summary.meanBoundsWidthPoints ?? null,
  };
}

function goalRow(estimateur: string, goal: RateErrors["goal"]): StatisticRow {
  return {
    ...emptyRow("devenir_par_formation", estimateur, "objectif", goal.minSize, null, goal.groups),
    non_calculables: goal.notComputable,
    erreur_max_points: goal.maxErrorPoints,
    dans_objectif: goal.within,
  };
}
