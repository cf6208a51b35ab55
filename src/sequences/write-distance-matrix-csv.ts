import { writeFileSync } from "node:fs";
import { ExitCode, OraccleError } from "../core/errors.js";
import { type DistanceMatrix, distanceAt } from "./distances/distance-matrix.js";

/**
 * Writes a distance matrix as a square CSV: header `id,<id1>,<id2>,…`, then one row per object
 * (its id, then its distances). Numbers use JavaScript's shortest round-trip form, so the same matrix
 * always gives the same bytes. Ids holding a comma, a quote or a line break are quoted.
 *
 * @example
 * writeDistanceMatrixCsv({ size: 2, values: Float64Array.of(3) }, ["a", "b"], "om.csv");
 * // id,a,b\na,0,3\nb,3,0\n
 */
export function writeDistanceMatrixCsv(matrix: DistanceMatrix, ids: readonly string[], path: string): void {
  const quote = (text: string) => (/[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  const lines = [["id", ...ids].map(quote).join(",")];
  for (let i = 0; i < matrix.size; i++) {
    const row = [quote(ids[i] as string)];
    for (let j = 0; j < matrix.size; j++) row.push(String(distanceAt(matrix, i, j)));
    lines.push(row.join(","));
  }
  try {
    writeFileSync(path, `${lines.join("\n")}\n`);
  } catch (error) {
    throw new OraccleError(`cannot write ${path}: ${(error as Error).message}`, ExitCode.output, {
      cause: error,
    });
  }
}
