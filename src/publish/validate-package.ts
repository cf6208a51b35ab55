import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import AjvDraft04Module, { type ValidateFunction } from "ajv-draft-04";
import addFormatsModule from "ajv-formats";
import pl from "nodejs-polars";
import type { TableSchema, TableSchemaField } from "./table-schema.js";

/** One problem found in a published data package. */
export interface PackageProblem {
  /** File the problem is in, relative to the package folder. */
  file: string;
  /** 1-based line in a CSV file (the header is line 1), when the problem is in the data. */
  line?: number;
  /** Field name, when the problem is about one field. */
  field?: string;
  /** What is wrong. */
  message: string;
}

/** Result of {@link validateDataPackage}. */
export interface PackageValidation {
  valid: boolean;
  problems: PackageProblem[];
  /** Number of resources checked and of data rows read. */
  resources: number;
  rows: number;
}

const profilesDir = new URL("../../vendor/frictionless/", import.meta.url);

function loadProfile(name: string): object {
  return JSON.parse(readFileSync(new URL(`${name}.json`, profilesDir), "utf8")) as object;
}

// ajv-draft-04 and ajv-formats are CommonJS with ES-style default exports: unwrap them under NodeNext.
interface AjvInstance {
  compile(schema: object): ValidateFunction;
  addFormat(name: string, format: boolean): unknown;
}
type AjvConstructor = new (options: {
  allErrors: boolean;
  strict: boolean;
  code: { optimize: boolean };
}) => AjvInstance;
const AjvDraft04: AjvConstructor =
  (AjvDraft04Module as unknown as { default?: AjvConstructor }).default ??
  (AjvDraft04Module as unknown as AjvConstructor);
type AddFormats = (ajv: AjvInstance) => void;
const addFormats: AddFormats =
  (addFormatsModule as unknown as { default?: AddFormats }).default ??
  (addFormatsModule as unknown as AddFormats);

let validators: { dataPackage: ValidateFunction; tableSchema: ValidateFunction } | undefined;

function compiledProfiles() {
  if (!validators) {
    // `optimize: false`: ajv's code-simplifying passes halve the compile time of these large
    // profiles (≈ 0.26 → 0.13 s, paid by every publication) and only make the generated code
    // smaller; the validation and its errors are the same. The validators run on a few small
    // descriptors, so the unoptimised code costs nothing measurable.
    const ajv = new AjvDraft04({ allErrors: true, strict: false, code: { optimize: false } });
    // date-time, email, uri… are checked; "textarea" is only an editor hint of the profiles.
    addFormats(ajv);
    ajv.addFormat("textarea", true);
    validators = {
      dataPackage: ajv.compile(loadProfile("tabular-data-package")),
      tableSchema: ajv.compile(loadProfile("table-schema")),
    };
  }
  return validators;
}

interface ResourceDescriptor {
  name: string;
  path: string;
  schema: string | TableSchema;
}

/**
 * Validates a data package folder the way `frictionless validate` would, offline: the
 * `datapackage.json` descriptor against the Tabular Data Package profile (JSON Schema, checked
 * with ajv), each Table Schema against the Table Schema profile, and each CSV file against its
 * schema — header equal to the field names in order, every value castable to its field type,
 * `required`, `unique`, `enum`, `minimum`, `maximum` and `pattern` constraints, primary key unique.
 *
 * @example
 * const { valid, problems } = validateDataPackage("out/open-data");
 */
export function validateDataPackage(folder: string): PackageValidation {
  const problems: PackageProblem[] = [];
  const descriptorPath = join(folder, "datapackage.json");
  if (!existsSync(descriptorPath)) {
    return {
      valid: false,
      problems: [{ file: "datapackage.json", message: "missing" }],
      resources: 0,
      rows: 0,
    };
  }
  const descriptor = JSON.parse(readFileSync(descriptorPath, "utf8")) as { resources?: ResourceDescriptor[] };
  const schemas = new Map<string, TableSchema>();
  // The profile expects inline schemas: dereference the paths first, as datapackage-js does.
  const dereferenced = {
    ...descriptor,
    resources: (descriptor.resources ?? []).map((resource) => {
      if (typeof resource.schema !== "string") return resource;
      const schemaFile = join(folder, resource.schema);
      if (!existsSync(schemaFile)) {
        problems.push({ file: resource.schema, message: `schema of resource '${resource.name}' is missing` });
        return resource;
      }
      const schema = JSON.parse(readFileSync(schemaFile, "utf8")) as TableSchema;
      schemas.set(resource.name, schema);
      const { tableSchema } = compiledProfiles();
      if (!tableSchema(schema)) {
        for (const error of tableSchema.errors ?? []) {
          problems.push({
            file: resource.schema,
            message: `Table Schema profile: ${error.instancePath || "/"} ${error.message}`,
          });
        }
      }
      return { ...resource, schema };
    }),
  };
  const { dataPackage } = compiledProfiles();
  if (!dataPackage(dereferenced)) {
    for (const error of dataPackage.errors ?? []) {
      problems.push({
        file: "datapackage.json",
        message: `Tabular Data Package profile: ${error.instancePath || "/"} ${error.message}`,
      });
    }
  }
  let rows = 0;
  for (const resource of dereferenced.resources) {
    const schema = typeof resource.schema === "string" ? schemas.get(resource.name) : resource.schema;
    const dataFile = join(folder, resource.path);
    if (!schema) continue;
    if (!existsSync(dataFile)) {
      problems.push({ file: resource.path, message: `data file of resource '${resource.name}' is missing` });
      continue;
    }
    rows += validateCsvAgainstSchema(resource.path, readFileSync(dataFile, "utf8"), schema, problems);
  }
  return { valid: problems.length === 0, problems, resources: dereferenced.resources.length, rows };
}

const MAX_PROBLEMS_PER_FIELD = 5;

function validateCsvAgainstSchema(
  file: string,
  text: string,
  schema: TableSchema,
  problems: PackageProblem[],
): number {
  const frame = pl.readCSV(text, { inferSchemaLength: 0, hasHeader: true, quoteChar: '"' });
  const expected = schema.fields.map((field) => field.name);
  if (frame.columns.join(",") !== expected.join(",")) {
    problems.push({
      file,
      line: 1,
      message: `header [${frame.columns.join(", ")}] differs from the schema [${expected.join(", ")}]`,
    });
    return frame.height;
  }
  const missing = new Set(schema.missingValues);
  for (const field of schema.fields) {
    const values = frame.getColumn(field.name).toArray() as (string | null)[];
    let reported = 0;
    const seen = new Set<string>();
    const constraints = fieldConstraints(field);
    values.forEach((raw, index) => {
      if (reported >= MAX_PROBLEMS_PER_FIELD) return;
      const value = raw ?? "";
      const problem = checkValue(field, constraints, value, missing.has(value), seen);
      if (problem) {
        problems.push({ file, line: index + 2, field: field.name, message: `${problem} (value '${value}')` });
        reported += 1;
      }
    });
  }
  if (schema.primaryKey && schema.primaryKey.length > 0) {
    const keys = frame.select(...schema.primaryKey);
    const distinct = keys.unique().height;
    if (distinct !== frame.height) {
      problems.push({
        file,
        message: `primary key (${schema.primaryKey.join(", ")}) has ${frame.height - distinct} duplicate(s)`,
      });
    }
  }
  return frame.height;
}

/** A field's constraints with the enum as a set and the pattern compiled, once per field. */
interface FieldConstraints {
  required: boolean;
  minimum: number | undefined;
  maximum: number | undefined;
  unique: boolean;
  allowed: Set<string> | undefined;
  /** Compiled on first use, so that a bad pattern fails where it did before: on a value. */
  pattern: (() => RegExp) | undefined;
}

function fieldConstraints(field: TableSchemaField): FieldConstraints {
  const constraints = field.constraints ?? {};
  return {
    required: Boolean(constraints.required),
    minimum: constraints.minimum,
    maximum: constraints.maximum,
    unique: Boolean(constraints.unique),
    allowed: constraints.enum ? new Set(constraints.enum.map(String)) : undefined,
    pattern: constraints.pattern ? compileOnce(`^(?:${constraints.pattern})$`) : undefined,
  };
}

function compileOnce(source: string): () => RegExp {
  let compiled: RegExp | undefined;
  return () => {
    compiled ??= new RegExp(source);
    return compiled;
  };
}

function checkValue(
  field: TableSchemaField,
  constraints: FieldConstraints,
  value: string,
  isMissing: boolean,
  seen: Set<string>,
): string | undefined {
  if (isMissing) return constraints.required ? "required value is missing" : undefined;
  let numeric: number | undefined;
  switch (field.type) {
    case "integer":
      if (!/^-?\d+$/.test(value)) return "not an integer";
      numeric = Number(value);
      break;
    case "number":
      if (!/^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(value)) return "not a number with a decimal point";
      numeric = Number(value);
      break;
    case "boolean":
      if (value !== "true" && value !== "false") return "not a boolean (true/false)";
      break;
    case "date":
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return "not an ISO 8601 date (AAAA-MM-JJ)";
      break;
    default:
      break;
  }
  if (numeric !== undefined) {
    if (constraints.minimum !== undefined && numeric < constraints.minimum)
      return `below the minimum ${constraints.minimum}`;
    if (constraints.maximum !== undefined && numeric > constraints.maximum)
      return `above the maximum ${constraints.maximum}`;
  }
  if (constraints.allowed && !constraints.allowed.has(value)) return "not one of the allowed values";
  if (constraints.pattern && !constraints.pattern().test(value)) return "does not match the pattern";
  if (constraints.unique) {
    if (seen.has(value)) return "duplicate value in a unique field";
    seen.add(value);
  }
  return undefined;
}

/** The loader is exported for the tests of the vendored profiles. */
export const frictionlessProfile = (name: "tabular-data-package" | "table-schema"): object =>
  loadProfile(name);
