import pl from "nodejs-polars";
import { integerValue } from "./checks/row-check.js";
import type { SiseColumnSpec } from "./schema.js";
import { siseFrame } from "./sise-frame.js";

/** Bookkeeping columns carried through the checks and dropped at the end. */
export const LOCATION_COLUMNS = ["__file", "__line"] as const;

/**
 * Casts checked string rows to the data-model types, as expressions built once and applied to many
 * files: integer columns through {@link integerValue} (so `2022,0` and `2022.0` are 2022, and `.` —
 * SAS's missing value — is null), text columns unchanged except that an empty text is null.
 * Data-model columns come first in schema order, then the extra columns (still text), then
 * `__file` and `__line`.
 *
 * @example
 * frame.select(...castToSchemaExprs(INSCRIPTION_COLUMNS, ["ects"]));
 */
export function castToSchemaExprs(
  specs: readonly SiseColumnSpec[],
  extraColumns: readonly string[],
): pl.Expr[] {
  return [
    ...specs.map((spec) =>
      spec.dtype === "Int32"
        ? integerValue(spec.name).alias(spec.name)
        : pl
            .when(pl.col(spec.name).eq(pl.lit("")))
            .then(pl.lit(null).cast(pl.Utf8))
            .otherwise(pl.col(spec.name))
            .alias(spec.name),
    ),
    ...extraColumns.map((name) => pl.col(name)),
    ...LOCATION_COLUMNS.map((name) => pl.col(name)),
  ];
}

/**
 * An empty frame with the data-model columns and types of a source.
 *
 * @example
 * emptySiseFrame(RESULTAT_COLUMNS).columns; // ["rentree", "session", …]
 */
export function emptySiseFrame(specs: readonly SiseColumnSpec[]): pl.DataFrame {
  return siseFrame(specs);
}

const DECIMAL_NUMBER = "^-?(0|[1-9][0-9]*)([.,][0-9]+)?$";

/**
 * Turns an extra (non data-model) text column into Float64 when every non-empty value is a
 * decimal number written with a comma or a point and at least one has a decimal part; codes with
 * leading zeros stay text. Returns the frame and whether the column changed and used commas.
 *
 * @example
 * readDecimalColumn(frame, "ects"); // { frame, converted: true, decimalComma: true }
 */
export function readDecimalColumn(
  frame: pl.DataFrame,
  column: string,
): { frame: pl.DataFrame; converted: boolean; decimalComma: boolean } {
  const value = pl.col(column);
  const stats = frame
    .select(
      value.isNotNull().cast(pl.Int64).sum().alias("nonNull"),
      value.str.contains(DECIMAL_NUMBER).cast(pl.Int64).sum().alias("numbers"),
      value.str.contains("[.,]").cast(pl.Int64).sum().alias("fractions"),
      value.str.contains(",").cast(pl.Int64).sum().alias("commas"),
    )
    .toRecords()[0] as Record<string, number | null>;
  const nonNull = Number(stats.nonNull ?? 0);
  const convertible =
    nonNull > 0 && Number(stats.numbers ?? 0) === nonNull && Number(stats.fractions ?? 0) > 0;
  if (!convertible) return { frame, converted: false, decimalComma: false };
  return {
    frame: frame.withColumns(value.str.replace(",", ".", true).cast(pl.Float64).alias(column)),
    converted: true,
    decimalComma: Number(stats.commas ?? 0) > 0,
  };
}
