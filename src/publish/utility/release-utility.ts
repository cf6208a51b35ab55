import pl from "nodejs-polars";
import { ExitCode, OraccleError } from "../../core/errors.js";
import type { ReleasedFrame } from "../../disclosure/gate/released-frame.js";
import type { ReleaseContext } from "../release-table.js";
import { type UtilityReport, utilityReport } from "./utility-report.js";
import { UTILITY_STATISTICS, utilityStatistics } from "./utility-statistics.js";

/** Formation sizes splitting the released error statistics (the chart's x axis). */
export const RELEASE_SIZE_BANDS: readonly number[] = [10, 20, 50, 100, 200, 500];

/** Fewest formations (or disciplines, or flow cells) a released error statistic may summarise. */
export const UTILITY_MIN_GROUPS = 10;

/**
 * The utility report of a release: the full report (per formation, with true rates — it stays in
 * the secure environment and is never written to the release) and the statistics that passed the
 * gate (`utilite.json`, the fiche's and the report's section).
 *
 * @example
 * const utility: ReleaseUtility = await releaseUtility(context);
 */
export interface ReleaseUtility {
  /** Full report, per formation: internal only. */
  report: UtilityReport;
  /** Statistics aggregated over at least {@link UTILITY_MIN_GROUPS} groups, through the gate. */
  released: ReleasedFrame;
  /** The estimator a reuser applies by default: `imputation_1_148` (masking) or `publie` (cell key). */
  estimator: string;
}

/**
 * Measures what the protection of a release destroys: recomputes from the released `cohortes.csv`
 * (and `formations.csv` for the disciplines) what a reuser would — passage rate in one year by
 * formation and by discipline, flows to the next year — compares it with the unprotected counts
 * (see `utilityReport`), and hands the statistics, aggregated over groups, to the gate (kind
 * `aggregates`: a statistic over fewer than {@link UTILITY_MIN_GROUPS} groups is withheld).
 * Call it after the tables were built. Undefined when the release has no cohort table.
 *
 * @throws OraccleError (check failed) when the gate refuses the statistics.
 * @example
 * const utility = await releaseUtility(context);
 * utility?.released.frame; // one row per indicator, estimator and size band
 */
export async function releaseUtility(context: ReleaseContext): Promise<ReleaseUtility | undefined> {
  const published = context.released.get("cohortes")?.frame;
  if (published === undefined) return undefined;
  const method = context.policy.cohorts?.method === "cell-key" ? "cle-cellule" : "masquage";
  const cohorts = context
    .cohortCounts()
    .cohorts.select(pl.col("cohorteid").cast(pl.Int64), "trace", "effectif")
    .join(published.select(pl.col("cohorteid").cast(pl.Int64), pl.col("effectif").alias("effectif_publie")), {
      on: "cohorteid",
      how: "left",
    })
    .withColumns(pl.col("effectif_publie").fillNull(0));
  const formations = context.released.get("formations")?.frame;
  const report = utilityReport({
    cohorts,
    method,
    k: context.policy.microdata.k,
    formations: formations?.columns.includes("gd_discipline") ? formations : undefined,
    sizeBands: RELEASE_SIZE_BANDS,
  });
  const released = await context.gate({
    kind: "aggregates",
    frame: utilityStatistics(report),
    groups: "groupes",
    statistics: [...UTILITY_STATISTICS],
    labels: ["taille_min", "taille_max"],
    minGroups: UTILITY_MIN_GROUPS,
    source: "utilite.json",
  });
  if (released === undefined) {
    throw new OraccleError(
      "the disclosure gate refused the utility statistics (utilite.json); nothing was written",
      ExitCode.checkFailed,
    );
  }
  return { report, released, estimator: method === "masquage" ? "imputation_1_148" : "publie" };
}

/**
 * `utilite.json`: the method, the definitions, the group threshold and the released statistics
 * (rounded to 6 decimals, so that the bytes do not depend on the platform). No formation is named.
 *
 * @example
 * writeFileSync("utilite.json", `${JSON.stringify(utilityJson(utility, "oraccle-k5"), null, 2)}\n`);
 */
export function utilityJson(utility: ReleaseUtility, policy: string): Record<string, unknown> {
  const round = (value: unknown) =>
    typeof value === "number" && !Number.isInteger(value) ? Math.round(value * 1e6) / 1e6 : value;
  return {
    format: "oraccle-utilite/1",
    politique: policy,
    methode: utility.report.methode,
    estimateur_principal: utility.estimator,
    definitions: {
      ...utility.report.definitions,
      statistiques:
        "chaque ligne résume « groupes » formations (ou disciplines, ou cases de flux) ; une statistique qui résumerait moins de " +
        `${UTILITY_MIN_GROUPS} groupes n'est pas publiée (null) : aucune formation n'y est nommée, aucun effectif ni taux vrai n'y figure`,
    },
    seuil_groupes: UTILITY_MIN_GROUPS,
    statistiques: (utility.released.frame.toRecords() as Record<string, unknown>[]).map((row) =>
      Object.fromEntries(Object.entries(row).map(([key, value]) => [key, round(value)])),
    ),
  };
}

/**
 * The headline of a release's utility: for the main estimator, formations of at least 50 students
 * whose passage rate recomputed from the release is within 2 points of the truth, the mean error
 * and the share of unusable formations (null when withheld).
 *
 * @example
 * const { formations, within } = utilityHeadline(utility);
 */
export function utilityHeadline(utility: ReleaseUtility): UtilityHeadline {
  const rows = utility.released.frame
    .filter(
      pl
        .col("indicateur")
        .eq(pl.lit("devenir_par_formation"))
        .and(pl.col("estimateur").eq(pl.lit(utility.estimator))),
    )
    .toRecords() as Record<string, number | string | null>[];
  const goal = rows.find((row) => row.tranche === "objectif");
  const whole = rows.find((row) => row.tranche === "ensemble");
  const goalSpec = utility.report.devenir_par_formation[utility.estimator as "publie"]?.goal;
  return {
    method: utility.report.methode,
    estimator: utility.estimator,
    minSize: goalSpec?.minSize ?? 50,
    points: goalSpec?.points ?? 2,
    formations: Number(goal?.groupes ?? 0),
    within: goal?.dans_objectif === null || goal === undefined ? null : Number(goal.dans_objectif),
    meanErrorPoints: whole?.erreur_moyenne_points == null ? null : Number(whole.erreur_moyenne_points),
    unusableShare: whole?.part_inutilisable == null ? null : Number(whole.part_inutilisable),
  };
}

/** What {@link utilityHeadline} returns. */
export interface UtilityHeadline {
  method: "masquage" | "cle-cellule";
  estimator: string;
  minSize: number;
  points: number;
  /** Formations of at least `minSize` students. */
  formations: number;
  /** Of them, within `points` of the truth; null when withheld (fewer formations than the threshold). */
  within: number | null;
  /** Mean error in points over every formation; null when withheld. */
  meanErrorPoints: number | null;
  /** Share of formations whose rate is unusable; null when withheld. */
  unusableShare: number | null;
}
