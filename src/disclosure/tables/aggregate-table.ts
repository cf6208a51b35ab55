import { InputError } from "../../core/errors.js";
import { buildTable, type TableDimension } from "./build-table.js";
import type { LinearTable, TableCell } from "./linear-table.js";

/** Options of {@link aggregateTable}. */
export interface AggregateTableOptions {
  /** The spanning dimensions; each record's code is rolled up its hierarchy to the total. */
  dimensions: TableDimension[];
  /** Unit-level records (one per contributor: a student, a firm). */
  records: Record<string, unknown>[];
  /** Column holding each unit's contribution (magnitude tables). Default: none, a count table. */
  value?: string;
  /** How many of the largest contributions each cell keeps for dominance rules. Default `3`. */
  keepTopContributions?: number;
  /** Name of the input for error messages. Default `"records"`. */
  source?: string;
}

/**
 * Builds a table with all its margins from unit-level records, as sdcTable's `makeProblem` or
 * τ-Argus do from microdata: every record counts once in its cell and in each margin above it
 * (every combination of its codes' ancestors), and its contribution feeds the cell's value and
 * largest contributions.
 *
 * @throws InputError naming the record (line = record index + 2, as in a CSV with a header) when a
 * code is missing or a contribution is not a finite number ≥ 0.
 * @example
 * const table = aggregateTable({
 *   dimensions: [{ name: "region" }, { name: "gender" }],
 *   records: [{ region: "A", gender: "male", val: 10 }, { region: "B", gender: "female", val: 4 }],
 *   value: "val",
 * });
 * table.cells.length; // 9: 2×2 inner cells, 2 + 2 margins, 1 grand total
 */
export function aggregateTable(options: AggregateTableOptions): LinearTable {
  const { dimensions, records, value } = options;
  const source = options.source ?? "records";
  const keep = options.keepTopContributions ?? 3;
  const cells = new Map<string, TableCell & { contributions: number[] }>();
  records.forEach((record, position) => {
    const line = position + 2;
    const chains = dimensions.map((dimension) => {
      const raw = record[dimension.name];
      if (raw === undefined || raw === null || raw === "") {
        throw new InputError(`record has no code for dimension '${dimension.name}'`, {
          file: source,
          line,
          column: dimension.name,
        });
      }
      return ancestors(dimension, String(raw), source, line);
    });
    let contribution = 1;
    if (value !== undefined) {
      contribution = Number(record[value]);
      if (!Number.isFinite(contribution) || contribution < 0) {
        throw new InputError("a contribution must be a finite number ≥ 0", {
          file: source,
          line,
          column: value,
          value: String(record[value]),
        });
      }
    }
    for (const coordinates of product(dimensions, chains)) {
      const key = JSON.stringify(coordinates);
      let cell = cells.get(key);
      if (!cell) {
        cell = { coordinates, value: 0, frequency: 0, contributions: [] };
        cells.set(key, cell);
      }
      cell.value += contribution;
      cell.frequency = (cell.frequency ?? 0) + 1;
      insertTop(cell.contributions, contribution, keep);
    }
  });
  const built = [...cells.values()].map(({ contributions, ...cell }) =>
    value === undefined ? cell : { ...cell, topContributions: contributions },
  );
  return buildTable({ dimensions, cells: built, source });
}

/** The code and all its ancestors up to the total, guarding against cycles in a hierarchy. */
function ancestors(dimension: TableDimension, code: string, source: string, line: number): string[] {
  const total = dimension.total ?? "Total";
  const chain = [code];
  let current = code;
  while (current !== total) {
    current = dimension.hierarchy?.[current] ?? total;
    if (chain.includes(current)) {
      throw new InputError(
        `the hierarchy of '${dimension.name}' has a cycle through '${current}'`,
        { file: source, line, column: dimension.name, value: code },
        "fix the hierarchy so that every code leads to the total",
      );
    }
    chain.push(current);
  }
  return chain;
}

/** Every combination of one code per dimension (Cartesian product of the ancestor chains). */
function product(dimensions: TableDimension[], chains: string[][]): Record<string, string>[] {
  let combinations: Record<string, string>[] = [{}];
  dimensions.forEach((dimension, d) => {
    combinations = combinations.flatMap((partial) =>
      chains[d]!.map((code) => ({ ...partial, [dimension.name]: code })),
    );
  });
  return combinations;
}

/** Keeps the `keep` largest contributions, sorted from largest to smallest. */
function insertTop(top: number[], contribution: number, keep: number): void {
  if (keep <= 0) return;
  let position = top.findIndex((existing) => contribution > existing);
  if (position === -1) position = top.length;
  if (position >= keep) return;
  top.splice(position, 0, contribution);
  if (top.length > keep) top.pop();
}
