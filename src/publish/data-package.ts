import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type pl from "nodejs-polars";
import type { ReleasedFrame } from "../disclosure/gate/released-frame.js";
import { toEtalabCsv } from "./etalab-csv.js";
import { type FieldDocumentation, type TableSchema, tableSchemaFor } from "./table-schema.js";

/** A table's description in the package: file, French title and description, documented columns. */
export interface TableDescription {
  /** Resource name: lower-case slug (`cohortes`, `libelles_sexe`). */
  name: string;
  /** Path of the CSV in the package. Default `<name>.csv`. */
  path?: string;
  /** French title of the table. */
  title: string;
  /** French description: what one row is, how it was computed, what was masked. */
  description: string;
  /** Documentation of every column (required: an undocumented column cannot be published). */
  fields: Record<string, FieldDocumentation>;
  /** Columns whose values identify a row. Default: none. */
  primaryKey?: string[];
}

/** A table that passed the gate, with its description: the only input the writer accepts. */
export interface ReleasedTable extends TableDescription {
  /** Path of the CSV in the package. */
  path: string;
  /** The values to publish, branded by the gate. */
  released: ReleasedFrame;
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
 * Writes tables that passed the release gate as a Frictionless Tabular Data Package: one Etalab
 * CSV per table, one Table Schema per table in `schemas/`, and `datapackage.json` (each resource
 * with profile `tabular-data-resource`, `format: csv`, `mediatype: text/csv`, `encoding: utf-8`),
 * licensed under the Licence Ouverte 2.0. Only released tables are accepted (`ReleasedFrame`: the
 * gate's brand), so an ungated table cannot be written. Deterministic: same tables, same bytes.
 *
 * @example
 * writeDataPackage("out/tmp-dataset", metadata, [{ name: "cohortes", path: "cohortes.csv", title: "Cohortes", description: "…", fields, released }]);
 */
export function writeDataPackage(
  folder: string,
  metadata: DatasetMetadata,
  tables: readonly ReleasedTable[],
): WrittenPackage {
  const written = tables.map((table) => writeResource(folder, table, table.released.frame));
  writeDescriptor(
    folder,
    metadata,
    written.map((resource) => resource.descriptor),
  );
  return {
    files: [...written.flatMap((resource) => resource.files), "datapackage.json"].sort(),
    rows: written.reduce((sum, resource) => sum + resource.rows, 0),
    neutralisedCells: written.reduce((sum, resource) => sum + resource.neutralisedCells, 0),
    schemas: Object.fromEntries(written.map((resource) => [resource.descriptor.name, resource.schema])),
  };
}

/** One resource written by {@link writeResource}. */
export interface WrittenResource {
  descriptor: { name: string; path: string; schema: string } & Record<string, unknown>;
  schema: TableSchema;
  files: string[];
  rows: number;
  neutralisedCells: number;
}

/**
 * Writes one table's CSV and Table Schema and returns its resource descriptor. Internal to the
 * writer (and its round-trip test): publishing goes through {@link writeDataPackage}.
 *
 * @example
 * writeResource(folder, { name: "t", title: "T", description: "…", fields }, frame);
 */
export function writeResource(folder: string, table: TableDescription, frame: pl.DataFrame): WrittenResource {
  if (!/^[a-z0-9-_]+$/.test(table.name))
    throw new Error(`table name '${table.name}' must be a lower-case slug`);
  const csv = toEtalabCsv(frame);
  const schema = tableSchemaFor(
    frame,
    table.fields,
    table.primaryKey ? { primaryKey: table.primaryKey } : {},
  );
  const dataPath = table.path ?? `${table.name}.csv`;
  const schemaPath = `schemas/${table.name}.schema.json`;
  mkdirSync(dirname(join(folder, dataPath)), { recursive: true });
  mkdirSync(join(folder, "schemas"), { recursive: true });
  writeFileSync(join(folder, dataPath), csv.text);
  writeFileSync(join(folder, schemaPath), `${JSON.stringify(schema, null, 2)}\n`);
  return {
    descriptor: {
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
    },
    schema,
    files: [dataPath, schemaPath],
    rows: csv.rows,
    neutralisedCells: csv.neutralisedCells,
  };
}

/**
 * Writes `datapackage.json` for resources written by {@link writeResource}.
 *
 * @example
 * writeDescriptor(folder, metadata, [resource.descriptor]);
 */
export function writeDescriptor(folder: string, metadata: DatasetMetadata, resources: object[]): void {
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
}
