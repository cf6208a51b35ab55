import { readFileSync } from "node:fs";
import type pl from "nodejs-polars";
import { type DatasetMetadata, LICENCE_OUVERTE, type TableDescription } from "./data-package.js";

/** The fiche's template: French prose with `{{placeholders}}` (`templates/fiche.md`). */
const FICHE_TEMPLATE = new URL("../../templates/fiche.md", import.meta.url);

/** One table of the fiche's file list. */
export interface FicheTable extends TableDescription {
  frame: pl.DataFrame;
}

/** Everything the fiche fills in its template. */
export interface FicheContent {
  metadata: DatasetMetadata;
  tables: FicheTable[];
  /** Values of the template's placeholders (`k`, `first_rentree`…), besides the metadata's. */
  values: Record<string, string | number>;
  /** Extra rows of the rules table, already formatted (`| Secret primaire | … | … |`). */
  tableRules: string[];
  /** Counts shown in « En chiffres » (« lignes lues », « étudiants », « cohortes »…). */
  figures: Record<string, number>;
}

/**
 * The French documentation (`README.md`, « fiche ») of a published dataset: the prose of
 * `templates/fiche.md` (sources, scope, method, how to read a trace, disclosure rules with their
 * parameters, limits, licence) with its `{{placeholders}}` filled, and a description of every file
 * and column. Deterministic. A placeholder without a value is an error, never left in the text.
 *
 * @throws Error naming the placeholder that has no value.
 * @example
 * writeFileSync("README.md", renderDatasetReadme({ metadata, tables, values: { k: 5 }, tableRules: [], figures }));
 */
export function renderDatasetReadme(
  content: FicheContent,
  template = readFileSync(FICHE_TEMPLATE, "utf8"),
): string {
  const { metadata } = content;
  const values: Record<string, string | number> = {
    title: metadata.title,
    description: metadata.description,
    version: metadata.version,
    created: metadata.created.slice(0, 10),
    period_start: metadata.temporal.start,
    period_end: metadata.temporal.end,
    licence_title: LICENCE_OUVERTE.title,
    licence_path: LICENCE_OUVERTE.path,
    keywords: metadata.keywords.join(", "),
    sources: metadata.sources
      .map((source) => `- ${source.path ? `[${source.title}](${source.path})` : source.title}`)
      .join("\n"),
    table_rules: content.tableRules.join("\n"),
    figures: Object.entries(content.figures)
      .map(([label, value]) => `| ${label} | ${value.toLocaleString("fr-FR").replace(/\u202f/g, " ")} |`)
      .join("\n"),
    files: content.tables.map(describeTable).join("\n"),
    ...content.values,
  };
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`the fiche template's placeholder '{{${name}}}' has no value`);
    return String(value);
  });
}

function describeTable(table: FicheTable): string {
  const lines = [
    `### \`${table.path ?? `${table.name}.csv`}\` — ${table.title}`,
    "",
    table.description,
    "",
    `${table.frame.height} lignes.`,
    "",
    "| Colonne | Description |",
    "|---|---|",
    ...table.frame.columns.map((column) => `| \`${column}\` | ${table.fields[column]?.description ?? ""} |`),
    "",
  ];
  return lines.join("\n");
}
