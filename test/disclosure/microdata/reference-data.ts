import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import pl from "nodejs-polars";

/** Absolute path of `../shared/reference-data/<relative>` (next to the repository). */
export function referencePath(relative: string): string {
  return fileURLToPath(new URL(`../../../../shared/reference-data/${relative}`, import.meta.url));
}

/**
 * True when the reference file is there. When it is not, prints why the dependent tests are skipped
 * (the reference data sit outside the repository and are never copied into it).
 */
export function hasReference(relative: string): boolean {
  const path = referencePath(relative);
  const present = existsSync(path);
  if (!present) console.warn(`skipping reference-data tests: ${path} is absent (../shared/reference-data)`);
  return present;
}

/** Reads a reference CSV with every column as a string unless listed in `numeric`. */
export function readReference(relative: string, options: { separator?: string } = {}): pl.DataFrame {
  return pl.readCSV(referencePath(relative), { sep: options.separator ?? ",", inferSchemaLength: 10000 });
}
