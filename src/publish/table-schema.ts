import type pl from "nodejs-polars";

/** A Table Schema field (Frictionless Data v1), as written next to each published CSV. */
export interface TableSchemaField {
  name: string;
  type: "string" | "integer" | "number" | "boolean" | "date";
  title?: string;
  description: string;
  example?: string | number | boolean;
  constraints?: {
    required?: boolean;
    unique?: boolean;
    minimum?: number;
    maximum?: number;
    enum?: (string | number)[];
    pattern?: string;
  };
}

/** A Table Schema descriptor. */
export interface TableSchema {
  fields: TableSchemaField[];
  missingValues: string[];
  primaryKey?: string[];
}

/** Documentation of one published column: at least a French description. */
export interface FieldDocumentation {
  /** What the column holds, in French (it goes to the schema and to the fiche). */
  description: string;
  /** Short French title. Default: none. */
  title?: string;
  /** Constraints checked when validating the data; `required` defaults to `false`. */
  constraints?: TableSchemaField["constraints"];
}

/**
 * Builds the Table Schema of a frame about to be published: one field per column, its type
 * taken from the polars dtype, its description from `documentation`, and an example value taken
 * from the first non-missing cell. Missing values are written as empty cells (`missingValues: [""]`).
 *
 * @throws Error when a column has no documentation: every published column must be described.
 * @example
 * const schema = tableSchemaFor(cohorts, { trace: { description: "Parcours" }, effectif: { description: "Nombre d'étudiants" } });
 */
export function tableSchemaFor(
  frame: pl.DataFrame,
  documentation: Record<string, FieldDocumentation>,
  options: { primaryKey?: string[] } = {},
): TableSchema {
  const fields = frame.columns.map((name): TableSchemaField => {
    const doc = documentation[name];
    if (!doc) throw new Error(`column '${name}' has no documentation: describe it before publishing`);
    const series = frame.getColumn(name);
    const field: TableSchemaField = {
      name,
      type: tableSchemaType(String(series.dtype)),
      description: doc.description,
    };
    if (doc.title) field.title = doc.title;
    const example = series.dropNulls().head(1).toArray()[0];
    if (example !== undefined && example !== null) {
      field.example = typeof example === "bigint" ? Number(example) : (example as string | number | boolean);
    }
    if (doc.constraints) field.constraints = doc.constraints;
    return field;
  });
  const schema: TableSchema = { fields, missingValues: [""] };
  if (options.primaryKey) schema.primaryKey = options.primaryKey;
  return schema;
}

function tableSchemaType(dtype: string): TableSchemaField["type"] {
  if (/Int|UInt/.test(dtype)) return "integer";
  if (/Float|Decimal/.test(dtype)) return "number";
  if (/Bool/.test(dtype)) return "boolean";
  if (/Date/.test(dtype)) return "date";
  return "string";
}
