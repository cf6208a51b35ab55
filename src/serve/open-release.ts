import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import pl from "nodejs-polars";
import { checkReleaseFolder } from "./check-release-folder.js";
import { knownLabels } from "./known-labels.js";
import type { Release, ReleaseFrames } from "./release.js";
import { traceSteps } from "./trace-steps.js";

interface PackageDescriptor {
  title?: string;
  description?: string;
  resources?: { name: string; path: string; schema?: string | { fields?: SchemaField[] } }[];
}

interface SchemaField {
  name: string;
  type?: string;
}

/**
 * Opens a published release for the consultation service: applies the refusal rules
 * ({@link checkReleaseFolder}), then reads every table once into polars frames (all text, counts
 * as integers) and the traces into their long form.
 *
 * @param folder a folder written by `oraccle publish` (or a release in the same layout)
 * @example
 * const release = openRelease("out/open-data");
 */
export function openRelease(folder: string): Release {
  checkReleaseFolder(folder);
  const descriptorText = readFileSync(join(folder, "datapackage.json"), "utf8");
  const descriptor = JSON.parse(descriptorText) as PackageDescriptor;
  const hash = createHash("sha256").update(descriptorText);
  const tables = new Map<string, pl.DataFrame>();
  for (const resource of descriptor.resources ?? []) {
    const bytes = readFileSync(join(folder, resource.path));
    hash.update(bytes);
    tables.set(resource.name, readTypedTable(bytes, fieldsOf(folder, resource.schema)));
  }
  return {
    folder,
    title: descriptor.title ?? folder,
    description: descriptor.description ?? "",
    k: 5,
    fingerprint: hash.digest("hex").slice(0, 16),
    frames: framesOf(tables),
  };
}

function fieldsOf(folder: string, schema: string | { fields?: SchemaField[] } | undefined): SchemaField[] {
  if (schema === undefined) return [];
  const descriptor =
    typeof schema === "string"
      ? (JSON.parse(readFileSync(join(folder, schema), "utf8")) as { fields?: SchemaField[] })
      : schema;
  return descriptor.fields ?? [];
}

/** Every column as text, then integers (Int32: counts fit) and numbers cast as their schema says. */
function readTypedTable(bytes: Buffer, fields: SchemaField[]): pl.DataFrame {
  const frame = pl.readCSV(bytes, { inferSchemaLength: 0, hasHeader: true, quoteChar: '"' });
  const types = new Map(fields.map((field) => [field.name, field.type]));
  const casts = frame.columns.flatMap((name) => {
    const type = types.get(name) ?? (name.startsWith("effectif") ? "integer" : "string");
    if (type === "integer") return [pl.col(name).cast(pl.Int32).alias(name)];
    if (type === "number") return [pl.col(name).cast(pl.Float64).alias(name)];
    return [];
  });
  return casts.length === 0 ? frame : frame.withColumns(...casts);
}

function framesOf(tables: Map<string, pl.DataFrame>): ReleaseFrames {
  const cohorts = tables.get("cohortes") ?? pl.DataFrame({ cohorteid: [], trace: [], effectif: [] });
  const formations = tables.get("formations") ?? pl.DataFrame({ formation: [] });
  const attributes: Record<string, pl.DataFrame> = {};
  const indicators: Record<string, pl.DataFrame> = {};
  for (const [name, frame] of tables) {
    if (name.startsWith("cohorte_") && name !== "cohorte_etapes")
      attributes[name.slice("cohorte_".length)] = frame;
    else if (frame.columns.includes("effectif") && name !== "cohortes") indicators[name] = frame;
  }
  return { cohorts, steps: traceSteps(cohorts), formations, attributes, indicators, labels: knownLabels() };
}
