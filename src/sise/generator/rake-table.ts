/**
 * Rakes a two-way table to given row and column totals (iterative proportional fitting of a
 * contingency table, Deming–Stephan): starting from `seed` (which carries the association
 * between the two variables), alternately rescales rows and columns until both margins match.
 * Row and column totals must have the same sum. Used by the generator to build a plausible joint
 * distribution from published one-way margins.
 *
 * @param seed positive cell weights, `seed[row][column]`
 * @param rowTotals wanted row sums
 * @param columnTotals wanted column sums
 * @param sweeps number of row+column passes (default 200; margins match to ~1e-9 well before)
 * @returns the raked table, same shape as `seed`
 * @example
 * rakeTable([[1, 1], [1, 3]], [50, 50], [40, 60]); // rows sum to 50/50, columns to 40/60
 */
export function rakeTable(
  seed: readonly (readonly number[])[],
  rowTotals: readonly number[],
  columnTotals: readonly number[],
  sweeps = 200,
): number[][] {
  const table = seed.map((row) => [...row]);
  for (let sweep = 0; sweep < sweeps; sweep++) {
    for (let r = 0; r < table.length; r++) {
      const row = table[r]!;
      const sum = row.reduce((a, b) => a + b, 0);
      const factor = sum > 0 ? rowTotals[r]! / sum : 0;
      for (let c = 0; c < row.length; c++) row[c] = row[c]! * factor;
    }
    for (let c = 0; c < columnTotals.length; c++) {
      let sum = 0;
      for (const row of table) sum += row[c]!;
      const factor = sum > 0 ? columnTotals[c]! / sum : 0;
      for (const row of table) row[c] = row[c]! * factor;
    }
  }
  return table;
}
