import pl from "nodejs-polars";
import { utilityErrorFigure } from "../../viz/utility-error-figure.js";
import type { ReportSection } from "../report-html.js";
import { type ReleaseUtility, UTILITY_MIN_GROUPS } from "./release-utility.js";

/** French names of the ways a reuser reads the released counts. */
const ESTIMATOR_LABELS: Record<string, string> = {
  imputation_1_148: "masquage, cohortes masquées comptées 1,148",
  sans_imputation: "masquage, cohortes masquées comptées 0",
  bornes: "masquage, milieu des bornes [1 ; k − 1]",
  publie: "clé de cellule, effectifs publiés",
};

const n = (value: unknown, digits: number) =>
  value === null || value === undefined
    ? "non publié"
    : Number(value)
        .toLocaleString("fr-FR", { maximumFractionDigits: digits })
        .replace(/\u202f/g, " ");

/** Released rows of the passage rate by formation, by estimator and band. */
function formationRows(utility: ReleaseUtility): Record<string, unknown>[] {
  return utility.released.frame
    .filter(pl.col("indicateur").eq(pl.lit("devenir_par_formation")))
    .toRecords() as Record<string, unknown>[];
}

/**
 * The fiche's « Utilité » section (markdown): what the released statistics say, one line per way
 * of reading the counts: formations of at least 50 students within 2 points, mean error, share of
 * unusable formations. Says so when the report was not computed.
 *
 * @example
 * const markdown = utilityFicheSection(utility);
 */
export function utilityFicheSection(utility: ReleaseUtility | undefined): string {
  if (utility === undefined) return "Le rapport d'utilité n'a pas été calculé pour cette publication.";
  const rows = formationRows(utility);
  const lines = [
    "Un réutilisateur recalcule souvent, à partir de `cohortes.csv`, le taux de passage en un an de chaque formation (élément d'une trace suivi d'un niveau supérieur l'année suivante). `utilite.json` mesure l'écart entre ce taux recalculé et le même taux calculé sur les effectifs avant protection (calcul fait dans l'environnement sécurisé).",
    "",
    `Il ne publie que des statistiques agrégées sur au moins ${UTILITY_MIN_GROUPS} formations (ou disciplines, ou cases de flux) : aucune formation n'y est nommée, aucun effectif ni taux vrai n'y figure ; les statistiques sur moins de ${UTILITY_MIN_GROUPS} groupes sont publiées vides (null). Une formation est « inutilisable » quand l'erreur dépasse 5 points ou que son taux ne se calcule pas.`,
    "",
    "| Lecture des effectifs | Formations d'au moins 50 étudiants à ± 2 points | Erreur moyenne (points) | Formations inutilisables |",
    "|---|---|---|---|",
  ];
  for (const estimator of [...new Set(rows.map((row) => String(row.estimateur)))]) {
    const goal = rows.find((row) => row.estimateur === estimator && row.tranche === "objectif");
    const whole = rows.find((row) => row.estimateur === estimator && row.tranche === "ensemble");
    const within =
      goal?.dans_objectif == null ? "non publié" : `${n(goal.dans_objectif, 0)} sur ${n(goal.groupes, 0)}`;
    const unusable =
      whole?.part_inutilisable == null ? "non publié" : `${n(100 * Number(whole.part_inutilisable), 1)} %`;
    lines.push(
      `| ${ESTIMATOR_LABELS[estimator] ?? estimator} | ${within} | ${n(whole?.erreur_moyenne_points, 2)} | ${unusable} |`,
    );
  }
  return lines.join("\n");
}

/**
 * The report's « Utilité » section: the chart of the error against the formation size (released
 * size bands, mean and 90th percentile per estimator) and the table of the released statistics.
 *
 * @example
 * sections.push(utilityReportSection(utility));
 */
export function utilityReportSection(utility: ReleaseUtility): ReportSection {
  const bands = formationRows(utility).filter(
    (row) => row.tranche !== "ensemble" && row.tranche !== "objectif",
  );
  const points = bands.map((row) => ({
    series: ESTIMATOR_LABELS[String(row.estimateur)] ?? String(row.estimateur),
    band: String(row.tranche),
    meanErrorPoints: row.erreur_moyenne_points as number | null,
    p90ErrorPoints: row.erreur_p90_points as number | null,
  }));
  return {
    title: "Utilité : l'erreur due à la protection",
    paragraphs: [
      "Taux de passage en un an par formation, recalculé à partir de cohortes.csv comme le ferait un réutilisateur, comparé au taux calculé avant protection. Chaque point résume toutes les formations d'une tranche de taille ; une tranche de moins de " +
        `${UTILITY_MIN_GROUPS} formations n'est pas publiée. Détail : utilite.json.`,
    ],
    figures: [{ figure: utilityErrorFigure(points), caption: "Erreur selon la taille de la formation" }],
    tables: [
      {
        frame: utility.released.frame.select(
          "indicateur",
          "estimateur",
          "tranche",
          "groupes",
          "erreur_moyenne_points",
          "erreur_max_points",
          "part_inutilisable",
          "dans_objectif",
        ),
        caption: "Statistiques publiées dans utilite.json",
        maxRows: 60,
      },
    ],
  };
}
