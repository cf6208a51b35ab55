import pl from "nodejs-polars";
import { requireColumns } from "../../core/require-columns.js";
import { FRAME_SOURCE } from "../microdata/frame-checks.js";
import { recordKeys } from "./cell-key.js";
import { type PerturbationTable, perturbCount } from "./perturbation-table.js";

/**
 * Options of {@link perturbCounts}.
 *
 * @example
 * const options: PerturbCountsOptions = { groupBy: ["trace"], id: "id_etu", secret, table: perturbationTable() };
 */
export interface PerturbCountsOptions {
  /** Columns whose distinct values are the cells. */
  groupBy: string[];
  /** Column identifying each record (its record key is derived from it). */
  id: string;
  /** Perturbation secret (kept in the secure environment; never written). */
  secret: Uint8Array | string;
  /** The perturbation table. */
  table: PerturbationTable;
  /** Label mixed into the record keys (one per release keeps releases' noises independent). Default `"cell-key"`. */
  context?: string | undefined;
}

/**
 * Counts the records of every cell and perturbs each count by the cell-key method: the cell's key is
 * the sum of its records' keys (see {@link recordKeys}, {@link cellKey}) and the published value is
 * looked up in the perturbation table. Returns one row per cell: the `groupBy` columns, `effectif`
 * (true count), `effectif_publie` (perturbed) and `cle_cellule` (the cell key), sorted by `groupBy`.
 *
 * @param records one row per record
 * @param options cells, record id, secret, table, context
 * @example
 * const cells = perturbCounts(students, { groupBy: ["trace"], id: "id_etu", secret, table: perturbationTable() });
 */
export function perturbCounts(records: pl.DataFrame, options: PerturbCountsOptions): pl.DataFrame {
  requireColumns(records, [...options.groupBy, options.id], FRAME_SOURCE, { role: "perturbCounts column" });
  const ids = records.getColumn(options.id).cast(pl.Utf8).toArray() as string[];
  const keys = recordKeys(ids, options.secret, options.context);
  // Keys summed as two 16-bit halves in Int64: exact for any realistic number of records.
  const cells = records
    .select(...options.groupBy)
    .withColumns(
      pl.Series(
        "__hi",
        Array.from(keys, (k) => k >>> 16),
        pl.Int64,
      ),
      pl.Series(
        "__lo",
        Array.from(keys, (k) => k & 0xffff),
        pl.Int64,
      ),
    )
    .groupBy(options.groupBy)
    .agg(pl.len().cast(pl.Int64).alias("effectif"), pl.col("__hi").sum(), pl.col("__lo").sum())
    .sort(options.groupBy);
  const counts = cells.getColumn("effectif").toArray() as number[];
  const hi = cells.getColumn("__hi").toArray() as number[];
  const lo = cells.getColumn("__lo").toArray() as number[];
  const cellKeys = hi.map((h, i) => Number((BigInt(h) * 65536n + BigInt(lo[i]!)) % 4294967296n) / 4294967296);
  const published = counts.map((n, i) => perturbCount(options.table, n, cellKeys[i]!));
  return cells
    .drop("__hi", "__lo")
    .withColumns(
      pl.Series("effectif_publie", published, pl.Int64),
      pl.Series("cle_cellule", cellKeys, pl.Float64),
    );
}
