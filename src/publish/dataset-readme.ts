import type { DatasetMetadata, PublishedTable } from "./data-package.js";
import { LICENCE_OUVERTE } from "./data-package.js";

/** One disclosure rule applied before publication, as the fiche states it. */
export interface AppliedRule {
  /** Short French name (« Masquage des petites cohortes »). */
  name: string;
  /** Parameters, as written in the policy (`{ k: 5 }`). */
  parameters: Record<string, string | number | boolean>;
  /** French explanation of what it does to the published numbers. */
  effect: string;
}

/** Everything the fiche says beyond the tables themselves. */
export interface FicheContent {
  metadata: DatasetMetadata;
  tables: PublishedTable[];
  /** French paragraphs: scope (périmètre) of the dataset. */
  scope: string[];
  /** French paragraphs: method, from SISE enrolments to published tables. */
  method: string[];
  rules: AppliedRule[];
  /** French bullet points: known limits and how to read masked values. */
  limits: string[];
  /** Counts shown in the summary (« lignes lues », « étudiants », « cohortes »…). */
  figures: Record<string, number>;
}

/**
 * The French documentation (`README.md`, « fiche ») of a published dataset: sources, scope,
 * method, disclosure rules applied with their parameters, limits, licence (Licence Ouverte 2.0)
 * and a description of every file and column. Deterministic.
 *
 * @example
 * writeFileSync("README.md", renderDatasetReadme({ metadata, tables, scope, method, rules, limits, figures }));
 */
export function renderDatasetReadme(content: FicheContent): string {
  const { metadata } = content;
  const lines: string[] = [`# ${metadata.title}`, "", metadata.description, ""];
  lines.push(
    "| | |",
    "|---|---|",
    `| Version | ${metadata.version} |`,
    `| Date d'extraction | ${metadata.created.slice(0, 10)} |`,
    `| Période couverte | du ${metadata.temporal.start} au ${metadata.temporal.end} |`,
    `| Licence | [${LICENCE_OUVERTE.title}](${LICENCE_OUVERTE.path}) |`,
    `| Mots-clés | ${metadata.keywords.join(", ")} |`,
    "",
    "## Sources",
    "",
    ...metadata.sources.map(
      (source) => `- ${source.path ? `[${source.title}](${source.path})` : source.title}`,
    ),
    "",
    "## Périmètre",
    "",
    ...content.scope.flatMap((paragraph) => [paragraph, ""]),
    "## Méthode",
    "",
    ...content.method.flatMap((paragraph) => [paragraph, ""]),
    "## Secret statistique : règles appliquées",
    "",
    "Chaque fichier a passé la barrière de diffusion (`disclosure-report.json` donne le détail).",
    "",
    "| Règle | Paramètres | Effet |",
    "|---|---|---|",
    ...content.rules.map(
      (rule) =>
        `| ${rule.name} | ${Object.entries(rule.parameters)
          .map(([key, value]) => `${key} = ${value}`)
          .join(", ")} | ${rule.effect} |`,
    ),
    "",
    "## Limites",
    "",
    ...content.limits.map((limit) => `- ${limit}`),
    "",
    "## En chiffres",
    "",
    "| | |",
    "|---|---|",
    ...Object.entries(content.figures).map(
      ([label, value]) => `| ${label} | ${value.toLocaleString("fr-FR").replace(/\u202f/g, " ")} |`,
    ),
    "",
    "## Fichiers",
    "",
    "Fichiers CSV séparés par des virgules, encodés en UTF-8, point décimal, dates AAAA-MM-JJ ; un schéma",
    "Table Schema par fichier dans `schemas/` ; `datapackage.json` décrit l'ensemble (Frictionless Data).",
    "",
  );
  for (const table of content.tables) {
    lines.push(
      `### \`${table.name}.csv\` — ${table.title}`,
      "",
      table.description,
      "",
      `${table.frame.height} lignes.`,
      "",
    );
    lines.push("| Colonne | Description |", "|---|---|");
    for (const column of table.frame.columns) {
      lines.push(`| \`${column}\` | ${table.fields[column]?.description ?? ""} |`);
    }
    lines.push("");
  }
  lines.push(
    "## Licence",
    "",
    `Ces données sont diffusées sous la ${LICENCE_OUVERTE.title} : vous pouvez les réutiliser librement, y compris à des fins commerciales, à condition de mentionner la source et la date de mise à jour.`,
    "",
  );
  return lines.join("\n");
}
