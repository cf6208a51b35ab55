import { readFileSync } from "node:fs";
import { join } from "node:path";
import pl from "nodejs-polars";
import { restoreNeutralisedText } from "./etalab-csv.js";
import type { TableSchema } from "./table-schema.js";

/**
 * Reads back one table of a package written by `writeDataPackage`, typed by its Table Schema
 * (integer → Int64, number → Float64, boolean, date → Date, string → Utf8 with formula
 * neutralisation undone). Writing then reading a table gives the same values.
 *
 * @example
 * const cohortes = readPublishedTable("out/open-data", "cohortes");
 */
export function readPublishedTable(folder: string, name: string): pl.DataFrame {
  const schema = JSON.parse(
    readFileSync(join(folder, "schemas", `${name}.schema.json`), "utf8"),
  ) as TableSchema;
  const text = readFileSync(join(folder, `${name}.csv`), "utf8");
  const raw = pl.readCSV(text, { inferSchemaLength: 0, hasHeader: true, quoteChar: '"' });
  return raw
    .select(
      ...schema.fields.map((field) => {
        const column = pl.col(field.name);
        switch (field.type) {
          case "integer":
            return column.cast(pl.Int64).alias(field.name);
          case "number":
            return column.cast(pl.Float64).alias(field.name);
          case "boolean":
            return column.eq(pl.lit("true")).alias(field.name);
          case "date":
            return column.str.strptime(pl.Date, "%Y-%m-%d").alias(field.name);
          default:
            return column;
        }
      }),
    )
    .withColumns(
      ...schema.fields
        .filter((field) => field.type === "string")
        .map((field) => {
          const values = raw.getColumn(field.name).toArray() as (string | null)[];
          return pl.Series(
            field.name,
            values.map((value) => (value === null ? null : restoreNeutralisedText(value))),
            pl.Utf8,
          );
        }),
    );
}
