import { ExitCode, OraccleError } from "../../core/errors.js";

/**
 * Adjusted Rand index between two partitions of the same objects (Hubert & Arabie 1985): 1 for
 * identical partitions whatever the label names, about 0 for independent ones. Use it to compare
 * clusterings, whose labels are arbitrary.
 *
 * @example
 * adjustedRandIndex([1, 1, 2, 2], [7, 7, 3, 3]); // 1
 */
export function adjustedRandIndex(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length)
    throw new OraccleError(`partitions of ${a.length} and ${b.length} objects`, ExitCode.usage);
  const n = a.length;
  const table = new Map<string, number>();
  const rows = new Map<number, number>();
  const cols = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const key = `${a[i]}|${b[i]}`;
    table.set(key, (table.get(key) ?? 0) + 1);
    rows.set(a[i]!, (rows.get(a[i]!) ?? 0) + 1);
    cols.set(b[i]!, (cols.get(b[i]!) ?? 0) + 1);
  }
  const pairs = (x: number) => (x * (x - 1)) / 2;
  let index = 0;
  for (const v of table.values()) index += pairs(v);
  let sumRows = 0;
  for (const v of rows.values()) sumRows += pairs(v);
  let sumCols = 0;
  for (const v of cols.values()) sumCols += pairs(v);
  const expected = (sumRows * sumCols) / pairs(n);
  const max = (sumRows + sumCols) / 2;
  if (max === expected) return 1;
  return (index - expected) / (max - expected);
}
