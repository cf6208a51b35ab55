import pl from "nodejs-polars";
import type { IndicatorRow } from "../indicators/cohort-indicators.js";
import { indicatorBarsFigure } from "../viz/indicator-bars-figure.js";
import { sankeyFigure } from "../viz/sankey-figure.js";
import type { DatasetMetadata } from "./data-package.js";
import type { ReleasedTable } from "./release-table.js";
import { type ReportSection, renderReport } from "./report-html.js";

/**
 * The offline `rapport.html` of a release: the figures of the fiche, the Sankey of the published
 * flows, the published first-year outcomes of the last cohort with their Wilson intervals, and
 * the largest cohorts — drawn from the released tables only (suppressed cells are not drawn) —
 * then the extra sections given (the utility report's).
 *
 * @example
 * writeFileSync("rapport.html", renderPublicationReport(metadata, tables, figures, "gd_discipline"));
 */
export function renderPublicationReport(
  metadata: DatasetMetadata,
  tables: readonly ReleasedTable[],
  figures: Record<string, number>,
  breakdown: string,
  extraSections: readonly ReportSection[] = [],
): string {
  const frame = (name: string) => tables.find((table) => table.name === name)?.released.frame;
  const summary = pl.DataFrame({ indicateur: Object.keys(figures), valeur: Object.values(figures) });
  const sections: ReportSection[] = [
    { title: "En chiffres", tables: [{ frame: summary, caption: "Résumé de la publication" }] },
  ];
  const flux = frame("flux");
  if (flux) sections.push(flowSection(flux));
  const devenir = frame("devenir_l1");
  if (devenir && devenir.height > 0) sections.push(devenirSection(devenir, breakdown));
  const cohortes = frame("cohortes");
  if (cohortes) {
    sections.push({
      title: "Les cohortes les plus nombreuses",
      tables: [
        {
          frame: cohortes.sort(["effectif", "cohorteid"], [true, false]).head(15),
          caption: "15 premières cohortes par effectif",
        },
      ],
    });
  }
  sections.push(...extraSections);
  return renderReport({
    title: metadata.title,
    introduction: `${metadata.description} Ce rapport s'ouvre hors ligne : aucune ressource externe.`,
    sections,
  });
}

function flowSection(flux: pl.DataFrame): ReportSection {
  const rows = (
    flux
      .filter(pl.col("statut").eq(pl.lit("publie")))
      .filter(
        pl
          .col("situation")
          .neq(pl.lit("Total"))
          .and(pl.col("situation_suivante").neq(pl.lit("Total"))),
      )
      .toRecords() as { rentree: number; situation: string; situation_suivante: string; effectif: number }[]
  ).map((row) => ({
    from_rentree: Number(row.rentree),
    from_state: row.situation,
    to_state: row.situation_suivante === "Sortants" ? "sortie" : row.situation_suivante,
    n: Number(row.effectif),
  }));
  return {
    title: "Flux entre situations",
    paragraphs: [
      "Étudiants d'une situation à la suivante, d'une rentrée à l'autre, après secret statistique (les cases masquées ne sont pas tracées).",
    ],
    figures: [
      {
        figure: sankeyFigure(rows, { title: "Flux entre situations, après secret statistique" }),
        caption: "Sankey des flux publiés",
      },
    ],
  };
}

function devenirSection(devenir: pl.DataFrame, breakdown: string): ReportSection {
  const lastCohort = Number(devenir.getColumn("cohorte").max());
  const shown = devenir.filter(
    pl
      .col("cohorte")
      .eq(lastCohort)
      .and(pl.col("devenir").neq(pl.lit("Total")))
      .and(pl.col("taux").isNotNull()),
  );
  const rows: IndicatorRow[] = (shown.toRecords() as Record<string, unknown>[]).map((row) => ({
    group: { [breakdown]: String(row[breakdown]) },
    cohorte: lastCohort,
    indicateur: String(row.devenir),
    libelle: String(row.devenir),
    disponible: true,
    effectif: Number(row.effectif_groupe),
    nombre: Number(row.effectif),
    taux: Number(row.taux),
    ic_bas: Number(row.taux_ic_bas),
    ic_haut: Number(row.taux_ic_haut),
    petit_effectif: false,
  }));
  return {
    title: `Devenir en un an des néo-bacheliers entrés en L1 en ${lastCohort}`,
    paragraphs: [
      "Taux publiés avec leur intervalle de Wilson à 95 %. Les cases en secret statistique ne sont pas tracées.",
    ],
    figures: [
      {
        figure: indicatorBarsFigure(rows, {
          indicators: ["passage", "redoublement", "reorientation", "sortie"],
          title: `Devenir en un an, cohorte ${lastCohort}`,
        }),
      },
    ],
    tables: [{ frame: shown.drop("effectif_groupe"), caption: "Valeurs tracées" }],
  };
}
