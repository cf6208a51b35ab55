import pl from "nodejs-polars";
import { buildTable } from "../tables/build-table.js";
import type { TableCell } from "../tables/linear-table.js";
import type { DisclosurePolicy } from "./disclosure-policy.js";
import type { GateOutcome } from "./microdata-gate.js";
import { checkTable } from "./table-gate.js";

/** Status of a published cell, in French as it appears in the files. */
export type PublishedStatus = "publie" | "secret_primaire" | "secret_secondaire";

/**
 * Records to count in a table of two (or more) dimensions, margins included, handed to the gate
 * (see `checkRelease`): the cells get primary and secondary suppression and the LP audit.
 */
export interface CountTableInput {
  kind: "count-table";
  /** One row per unit (student, student-year) with one column per dimension. */
  records: pl.DataFrame;
  /**
   * Column of `records` holding how many units each record stands for, when the records are
   * already counted (partial counts of several partitions may repeat a combination: they are
   * summed). Default: none, each record is one unit.
   */
  weight?: string;
  /** The spanning dimensions of the table. */
  dimensions: string[];
  /** Code of every dimension's margin. Default `"Total"`. */
  total?: string;
  /** Name of the table in the report. Default `"(count table)"`. */
  source?: string;
}

/**
 * Counts `records` in every cell of the table spanned by `dimensions`, margins included, and
 * applies the table rules (`checkTable`): primary suppression by the policy's rules,
 * secondary suppression, and the LP audit proving that no suppressed cell can be recomputed from
 * the published cells and margins. Suppressed cells are published empty with their status.
 * Cells with no unit are structural zeros: not listed.
 *
 * @example
 * const { frame } = await countTable({ kind: "count-table", records: moves, dimensions: ["situation", "situation_suivante"] }, policy, 1000);
 */
export async function countTable(
  options: CountTableInput,
  policy: DisclosurePolicy,
  maxItems: number,
): Promise<{ frame: pl.DataFrame; outcome: GateOutcome }> {
  const source = options.source ?? "(count table)";
  const total = options.total ?? "Total";
  const { dimensions } = options;
  const records = options.records.select(
    ...dimensions.map((name) => pl.col(name).cast(pl.Utf8).fillNull(pl.lit("inconnu")).alias(name)),
    (options.weight === undefined ? pl.lit(1) : pl.col(options.weight)).cast(pl.Int64).alias("__units"),
  );
  const cells: TableCell[] = [];
  // Every subset of dimensions kept at their codes, the others at their margin: the inner cells,
  // all margins and the grand total.
  for (let mask = 0; mask < 1 << dimensions.length; mask += 1) {
    const kept = dimensions.filter((_, index) => (mask & (1 << index)) !== 0);
    const counts =
      kept.length === 0
        ? records.select(pl.col("__units").sum().alias("__n"))
        : records.groupBy(kept).agg(pl.col("__units").sum().alias("__n")).sort(kept);
    for (const row of counts.toRecords() as Record<string, unknown>[]) {
      const coordinates: Record<string, string> = {};
      for (const name of dimensions) coordinates[name] = kept.includes(name) ? String(row[name]) : total;
      const value = Number(row.__n);
      cells.push({ coordinates, value, frequency: value });
    }
  }
  const table = buildTable({
    dimensions: dimensions.map((name) => ({ name, total })),
    cells,
    source,
  });
  const { outcome, protectedTable } = await checkTable({ kind: "table", table, source }, policy, maxItems);
  const protectedCells = protectedTable.cells;
  const columns: Record<string, unknown[]> = Object.fromEntries(dimensions.map((name) => [name, []]));
  const effectif: (number | null)[] = [];
  const statut: PublishedStatus[] = [];
  for (const cell of protectedCells) {
    for (const name of dimensions) columns[name]!.push(cell.coordinates[name]);
    const suppressed = cell.status === "primary" || cell.status === "secondary";
    effectif.push(suppressed ? null : table.cells[cell.index]!.value);
    statut.push(
      cell.status === "primary"
        ? "secret_primaire"
        : cell.status === "secondary"
          ? "secret_secondaire"
          : "publie",
    );
  }
  const frame = pl
    .DataFrame([
      ...dimensions.map((name) => pl.Series(name, columns[name] as string[], pl.Utf8)),
      pl.Series("effectif", effectif, pl.Int64),
      pl.Series("statut", statut, pl.Utf8),
    ])
    .sort(dimensions);
  return { frame, outcome };
}
