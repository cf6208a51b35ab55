import pl from "nodejs-polars";
import { checkRelease, type ReleaseVerdict } from "../disclosure/gate/check-release.js";
import type { DisclosurePolicy } from "../disclosure/gate/disclosure-policy.js";
import { buildTable } from "../disclosure/tables/build-table.js";
import type { TableCell } from "../disclosure/tables/linear-table.js";

/** Status of a published cell, in French as it appears in the files. */
export type PublishedStatus = "publie" | "secret_primaire" | "secret_secondaire";

/** Options of {@link protectCountTable}. */
export interface CountTableOptions {
  /** One row per unit (student, student-year) with one column per dimension. */
  records: pl.DataFrame;
  /**
   * Column of `records` holding how many units each record stands for, when the records are
   * already counted (one row per combination of dimensions, for instance). Default: none, each
   * record is one unit.
   */
  weight?: string;
  /** The two (or more) spanning dimensions of the table. */
  dimensions: string[];
  /** Code of every dimension's margin. Default `"Total"`. */
  total?: string;
  /** The release policy whose table rules apply. */
  policy: DisclosurePolicy;
  /** Name of the table in the disclosure report. */
  source: string;
}

/** A protected count table, ready to publish, and the gate's verdict. */
export interface ProtectedCountTable {
  /**
   * One row per cell, margins included (`total` code): the dimensions, `effectif` (null when
   * suppressed) and `statut`. Sorted by the dimensions.
   */
  frame: pl.DataFrame;
  verdict: ReleaseVerdict;
}

/**
 * Counts `records` in every cell of the table spanned by `dimensions`, margins included, and
 * passes it through the release gate (`checkRelease`): primary suppression by the policy's rules,
 * secondary suppression, and the LP audit proving that no suppressed cell can be recomputed from
 * the published cells and margins. Suppressed cells are published empty with their status.
 * Cells with no unit are structural zeros: not listed.
 *
 * @example
 * const { frame, verdict } = await protectCountTable({ records: moves, dimensions: ["situation", "situation_suivante"], policy, source: "flux 2019" });
 */
export async function protectCountTable(options: CountTableOptions): Promise<ProtectedCountTable> {
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
    source: options.source,
  });
  const verdict = await checkRelease({ kind: "table", table, source: options.source }, options.policy);
  const protectedCells = verdict.protectedTable?.cells ?? [];
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
  return { frame, verdict };
}
