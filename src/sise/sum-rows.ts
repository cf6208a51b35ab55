import type { RowAccounting } from "./validation-report.js";

/**
 * Sums the row accounting of several files.
 *
 * @example
 * sumRows(report.files); // { rowsRead, rowsAccepted, rowsRejected }
 */
export function sumRows(files: RowAccounting[]): RowAccounting {
  return files.reduce(
    (acc, f) => ({
      rowsRead: acc.rowsRead + f.rowsRead,
      rowsAccepted: acc.rowsAccepted + f.rowsAccepted,
      rowsRejected: acc.rowsRejected + f.rowsRejected,
    }),
    { rowsRead: 0, rowsAccepted: 0, rowsRejected: 0 },
  );
}
