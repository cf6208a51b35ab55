import { InputError } from "../../core/errors.js";
import { coordinatesKey, type LinearTable, type TableCell, type TableEquation } from "./linear-table.js";

/**
 * One dimension (spanning variable) of a table: its name, the code of its total and, optionally, a
 * hierarchy `child code → parent code`. Codes absent from the hierarchy hang directly under the
 * total, so a flat dimension needs no hierarchy at all.
 *
 * @example
 * const academie: TableDimension = { name: "territoire", total: "France", hierarchy: { "01": "IDF", "24": "IDF", "25": "IDF", IDF: "France" } };
 */
export interface TableDimension {
  /** Name of the dimension, as used in the cells' `coordinates`. */
  name: string;
  /** Code of the dimension's total (margin). Default `"Total"`. */
  total?: string;
  /** Parent of each non-root code (`child → parent`). Default: every code under the total. */
  hierarchy?: Record<string, string>;
}

/** Options of {@link buildTable}. */
export interface BuildTableOptions {
  /** The spanning dimensions, in the order coordinates are reported. */
  dimensions: TableDimension[];
  /** Every published cell, margins included. Cells absent from the grid are structural zeros. */
  cells: TableCell[];
  /** Name of the input (file) for error messages. Default `"table"`. */
  source?: string;
  /**
   * Relative tolerance of the additivity check (a margin must equal the sum of its parts).
   * Default `1e-6`, enough for weighted counts rounded by the producer.
   */
  tolerance?: number;
}

/**
 * Turns cells with coordinates into a {@link LinearTable}: one equation "total = sum of children"
 * per dimension, per parent code of its hierarchy and per combination of the other dimensions'
 * codes (margins of margins included), which is exactly what an attacker can write down from a
 * published n-D hierarchical table. Checks that every margin equals the sum of its parts.
 *
 * @throws InputError when a cell lacks a dimension, a cell appears twice, a value is negative or
 * not finite, a margin is missing while its parts exist, or a margin is not the sum of its parts.
 * @example
 * const table = buildTable({
 *   dimensions: [{ name: "sexe" }],
 *   cells: [
 *     { coordinates: { sexe: "1" }, value: 3 },
 *     { coordinates: { sexe: "2" }, value: 9 },
 *     { coordinates: { sexe: "Total" }, value: 12 },
 *   ],
 * });
 * table.equations; // [{ total: 2, parts: [0, 1] }]
 */
export function buildTable(options: BuildTableOptions): LinearTable {
  const { dimensions, cells } = options;
  const source = options.source ?? "table";
  const tolerance = options.tolerance ?? 1e-6;
  const index = new Map<string, number>();
  cells.forEach((cell, position) => {
    const where = { file: source, line: position + 1 };
    for (const dimension of dimensions) {
      if (cell.coordinates[dimension.name] === undefined) {
        throw new InputError(`cell ${position + 1} has no code for dimension '${dimension.name}'`, {
          ...where,
          column: dimension.name,
        });
      }
    }
    if (!Number.isFinite(cell.value) || cell.value < 0) {
      throw new InputError(
        "a table value must be a finite number ≥ 0",
        { ...where, column: "value", value: String(cell.value) },
        "negative magnitudes are not supported by the protection model",
      );
    }
    const key = orderedKey(cell.coordinates, dimensions);
    if (index.has(key)) {
      throw new InputError(`cell ${key} appears twice`, where, "aggregate the duplicates first");
    }
    index.set(key, position);
  });

  const children = dimensions.map((dimension) => childrenByParent(dimension, cells));
  const equations: TableEquation[] = [];
  cells.forEach((cell, position) => {
    for (const [d, dimension] of dimensions.entries()) {
      const childCodes = children[d]!.get(cell.coordinates[dimension.name]!) ?? [];
      if (childCodes.length === 0) continue;
      const parts: number[] = [];
      for (const child of childCodes) {
        const partKey = orderedKey({ ...cell.coordinates, [dimension.name]: child }, dimensions);
        const part = index.get(partKey);
        // A combination absent from the input is a structural zero: it adds nothing to the margin.
        if (part !== undefined) parts.push(part);
      }
      if (parts.length === 0 && cell.value === 0) continue;
      const sum = parts.reduce((total, part) => total + cells[part]!.value, 0);
      if (Math.abs(sum - cell.value) > tolerance * Math.max(1, Math.abs(cell.value))) {
        throw new InputError(
          `margin ${orderedKey(cell.coordinates, dimensions)} is ${cell.value} but its parts along '${dimension.name}' add up to ${sum}`,
          { file: source, line: position + 1, column: "value", value: String(cell.value) },
          "a protected table must be additive: recompute the margins",
        );
      }
      equations.push({ total: position, parts });
    }
  });
  return { cells, equations };
}

/** Key of coordinates in dimension order, so that `{a, b}` and `{b, a}` match. */
function orderedKey(coordinates: Record<string, string>, dimensions: TableDimension[]): string {
  const ordered: Record<string, string> = {};
  for (const dimension of dimensions) ordered[dimension.name] = coordinates[dimension.name] ?? "";
  return coordinatesKey(ordered);
}

/** Direct children of every parent code of `dimension`: hierarchy entries, plus unlisted codes under the total. */
function childrenByParent(dimension: TableDimension, cells: TableCell[]): Map<string, string[]> {
  const total = dimension.total ?? "Total";
  const hierarchy = dimension.hierarchy ?? {};
  const codes = new Set<string>();
  for (const cell of cells) codes.add(cell.coordinates[dimension.name]!);
  for (const [child, parent] of Object.entries(hierarchy)) {
    codes.add(child);
    codes.add(parent);
  }
  const children = new Map<string, string[]>();
  for (const code of [...codes].sort()) {
    if (code === total) continue;
    const parent = hierarchy[code] ?? total;
    const siblings = children.get(parent) ?? [];
    siblings.push(code);
    children.set(parent, siblings);
  }
  return children;
}
