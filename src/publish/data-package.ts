import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type pl from "nodejs-polars";
import { toEtalabCsv } from "./etalab-csv.js";
import { type FieldDocumentation, type TableSchema, tableSchemaFor } from "./table-schema.js";

/** One table to publish, with the French documentation of every column. */
export interface PublishedTable {
  /** File and resource name: lower-case slug (`cohortes`, `indicateurs_passage`). */
  name: string;
  /** French title of the table. */
  title: string;
  /** French description: what one row is, how it was computed, what was masked. */
  description: string;
  /** The data, already through the disclosure gate. */
  frame: pl.DataFrame;
  /** Documentation of every column (required: an undocumented column cannot be published). */
  fields: Record<string, FieldDocumentation>;
  /** Columns whose values identify a row. Default: none. */
  primaryKey?: string[];
}

/** Dataset-level metadata written to `datapackage.json` (Frictionless) and used by the fiche. */
export interface DatasetMetadata {
  /** Slug `[a-z0-9-_]`. */
  name: string;
  title: string;
  description: string;
  version: string;
  /** RFC 3339 date-time of the extraction (`2023-09-07T00:00:00Z`): taken from the configuration, never from the clock, so that two runs give the same bytes. */
  created: string;
  keywords: string[];
  /** Period covered, e.g. `{ start: "2015-09-01", end: "2025-08-31" }`. */
  temporal: { start: string; end: string };
  sources: { title: string; path?: string }[];
  contributors: { title: string; role: string; organisation?: string; email?: string }[];
  homepage?: string;
}

/** The licence of every Oraccle open dataset. */
export const LICENCE_OUVERTE = {
  name: "etalab-2.0",
  path: "https://www.etalab.gouv.fr/licence-ouverte-open-licence",
  title: "Licence Ouverte / Open Licence version 2.0",
} as const;

/** What {@link writeDataPackage} wrote. */
export interface WrittenPackage {
  /** Files written, relative to the folder, sorted. */
  files: string[];
  /** Total data rows written. */
  rows: number;
  /** Text cells neutralised against formula injection (see `toEtalabCsv`). */
  neutralisedCells: number;
  /** The schemas, by table name. */
  schemas: Record<string, TableSchema>;
}

/**
 * Writes tables as a Frictionless Tabular Data Package: one Etalab CSV per table, one Table
 * Schema per table in `schemas/`, and `datapackage.json` (each resource with profile
 * `tabular-data-resource`, `format: csv`, `mediatype: text/csv`, `encoding: utf-8`), licensed
 * under the Licence Ouverte 2.0. Output is deterministic: same tables and metadata, same bytes.
 *
 * @example
 * writeDataPackage("out/tmp-dataset", metadata, [{ name: "cohortes", title: "Cohortes", description: "…", frame, fields }]);
 */
export function writeDataPackage(
  folder: string,
  metadata: DatasetMetadata,
  tables: PublishedTable[],
): WrittenPackage {
  mkdirSync(join(folder, "schemas"), { recursive: true });
  const files: string[] = [];
  const schemas: Record<string, TableSchema> = {};
  let rows = 0;
  let neutralisedCells = 0;
  const resources = tables.map((table) => {
    if (!/^[a-z0-9-_]+$/.test(table.name))
      throw new Error(`table name '${table.name}' must be a lower-case slug`);
    const csv = toEtalabCsv(table.frame);
    const schema = tableSchemaFor(
      table.frame,
      table.fields,
      table.primaryKey ? { primaryKey: table.primaryKey } : {},
    );
    const dataPath = `${table.name}.csv`;
    const schemaPath = `schemas/${table.name}.schema.json`;
    writeFileSync(join(folder, dataPath), csv.text);
    writeFileSync(join(folder, schemaPath), `${JSON.stringify(schema, null, 2)}\n`);
    files.push(dataPath, schemaPath);
    schemas[table.name] = schema;
    rows += csv.rows;
    neutralisedCells += csv.neutralisedCells;
    return {
      name: table.name,
      path: dataPath,
      title: table.title,
      description: table.description,
      profile: "tabular-data-resource",
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      dialect: { delimiter: ",", doubleQuote: true, quoteChar: '"', lineTerminator: "\n", header: true },
      schema: schemaPath,
    };
  });
  const descriptor = {
    profile: "tabular-data-package",
    name: metadata.name,
    title: metadata.title,
    description: metadata.description,
    version: metadata.version,
    created: metadata.created,
    ...(metadata.keywords.length > 0 ? { keywords: metadata.keywords } : {}),
    licenses: [LICENCE_OUVERTE],
    sources: metadata.sources,
    contributors: metadata.contributors,
    ...(metadata.homepage ? { homepage: metadata.homepage } : {}),
    temporal: metadata.temporal,
    resources,
  };
  writeFileSync(join(folder, "datapackage.json"), `${JSON.stringify(descriptor, null, 2)}\n`);
  files.push("datapackage.json");
  return { files: files.sort(), rows, neutralisedCells, schemas };
}
