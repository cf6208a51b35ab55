/**
 * One cell of a statistical table, margins included. A cell holds a published magnitude (`value`:
 * a count, a turnover…), the number of units that contributed to it (`frequency`) and, for
 * magnitude tables, the largest individual contributions, which the dominance and p % rules need.
 *
 * @example
 * const cell: TableCell = { coordinates: { region: "A", gender: "male" }, value: 120, frequency: 4, topContributions: [80, 20] };
 */
export interface TableCell {
  /** Position of the cell: one code per dimension, margins use the dimension's total code. */
  coordinates: Record<string, string>;
  /** The value the table would publish. For a count table it equals `frequency`. Must be ≥ 0. */
  value: number;
  /** Number of contributing units (may be weighted, hence not an integer). Defaults to `value`. */
  frequency?: number;
  /** The largest contributions, sorted from largest to smallest (x₁ ≥ x₂ ≥ …). Optional. */
  topContributions?: number[];
  /**
   * A decision taken by hand: `"unsafe"` forces a primary suppression (τ-Argus `MAN`),
   * `"protected"` forbids suppressing the cell (it is always published). Default: none.
   */
  manual?: "unsafe" | "protected";
}

/**
 * One additivity constraint of a table: the value of cell `total` equals the sum of the values of
 * cells `parts` (indices into {@link LinearTable.cells}). A 2-D table with margins has one equation
 * per row and per column; hierarchies add one equation per parent code.
 *
 * @example
 * const rowA: TableEquation = { total: 2, parts: [0, 1] }; // cell 2 = cell 0 + cell 1
 */
export interface TableEquation {
  /** Index of the total (margin) cell. */
  total: number;
  /** Indices of the cells that add up to the total. */
  parts: number[];
}

/**
 * A table as the linear system an attacker sees: cells plus equations "sum of parts = total".
 * Any table shape (1-D, 2-D, n-D, hierarchical, linked) is expressed this way; {@link buildTable}
 * derives the equations from dimensions and hierarchies.
 *
 * @example
 * const table: LinearTable = {
 *   cells: [{ coordinates: { d: "a" }, value: 3 }, { coordinates: { d: "b" }, value: 9 }, { coordinates: { d: "Total" }, value: 12 }],
 *   equations: [{ total: 2, parts: [0, 1] }],
 * };
 */
export interface LinearTable {
  cells: TableCell[];
  equations: TableEquation[];
}

/**
 * Readable key of a cell's coordinates, `dim=code|dim=code` in the order given, used in reports,
 * error messages and lookups.
 *
 * @example
 * coordinatesKey({ region: "A", gender: "Total" }); // "region=A|gender=Total"
 */
export function coordinatesKey(coordinates: Record<string, string>): string {
  return Object.entries(coordinates)
    .map(([dimension, code]) => `${dimension}=${code}`)
    .join("|");
}
