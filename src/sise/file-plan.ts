import pl from "nodejs-polars";
import { currentLanguage } from "../core/i18n/language.js";
import { castToSchemaExprs } from "./cast-to-schema-exprs.js";
import { ageCheck } from "./checks/age-check.js";
import { bacYearCheck } from "./checks/bac-year-check.js";
import { columnSpecChecks, withFieldCountCheck } from "./checks/column-spec-checks.js";
import { formulaLikeCheck } from "./checks/formula-like-check.js";
import { knownCodeCheck } from "./checks/known-code-check.js";
import { rentreeFileCheck } from "./checks/rentree-file-check.js";
import type { RowCheck } from "./checks/row-check.js";
import { sessionCheck } from "./checks/session-check.js";
import { studentIdCheck } from "./checks/student-id-check.js";
import { uaiCheck } from "./checks/uai-check.js";
import { valueLengthCheck } from "./checks/value-length-check.js";
import { type PreparedChecks, prepareChecks } from "./evaluate-checks.js";
import type { SiseFile } from "./list-sise-files.js";
import type { RawTable } from "./raw-table.js";
import type { SiseColumnSpec } from "./schema.js";

/**
 * Expressions prepared once for every file of the same kind.
 *
 * @example
 * const plan: FilePlan = filePlan(file, raw, specs, [], [], false);
 */
export interface FilePlan {
  normalise: pl.Expr[];
  checks: PreparedChecks;
  cast: pl.Expr[];
  /** Casts of the text columns to `Categorical` (option `compact`), by column name. */
  compact: [string, pl.Expr][];
}

/**
 * Expressions are costly to build in nodejs-polars, so they are built once per kind of file (same
 * source, format, header and options) and kept for the next files and calls.
 */
const PLAN_CACHE = new Map<string, FilePlan>();

/**
 * Empties the plan cache when it holds more than 64 kinds of file (called before each reading).
 *
 * @example
 * trimFilePlanCache();
 */
export function trimFilePlanCache(): void {
  if (PLAN_CACHE.size > 64) PLAN_CACHE.clear();
}

/**
 * The plan of a file: normalisation of empty texts, checks, casts to the data model and compact
 * casts, taken from the cache when a file of the same kind was read before.
 *
 * @example
 * const plan = filePlan(file, raw, INSCRIPTION_COLUMNS, missingOptional, extraColumns, strictCodes);
 */
export function filePlan(
  file: SiseFile,
  raw: RawTable,
  specs: readonly SiseColumnSpec[],
  missingOptional: readonly string[],
  extraColumns: readonly string[],
  strictCodes: boolean,
): FilePlan {
  // The checks carry their messages, so a plan is in one language.
  const signature = JSON.stringify([
    file.source,
    file.format,
    raw.columns,
    raw.expectedFields,
    strictCodes,
    currentLanguage(),
  ]);
  let plan = PLAN_CACHE.get(signature);
  if (plan === undefined) {
    plan = {
      // An empty text is a missing value, whether the CSV field was empty, quoted empty ("") or
      // a Parquet empty string: code and required-value checks then treat all three alike.
      normalise: [
        ...raw.columns.map((name) =>
          pl
            .when(pl.col(name).eq(pl.lit("")))
            .then(pl.lit(null).cast(pl.Utf8))
            .otherwise(pl.col(name))
            .alias(name),
        ),
        ...missingOptional.map((name) => pl.lit(null).cast(pl.Utf8).alias(name)),
      ],
      checks: prepareChecks(fileChecks(file, raw, specs, extraColumns, strictCodes)),
      cast: castToSchemaExprs(specs, extraColumns),
      compact: [...specs.filter((spec) => spec.dtype !== "Int32").map((spec) => spec.name), "__file"].map(
        (name): [string, pl.Expr] => [name, pl.col(name).cast(pl.Categorical)],
      ),
    };
    PLAN_CACHE.set(signature, plan);
  }
  return plan;
}

/** The rules applied to one file, in the order their problems are reported. */
function fileChecks(
  file: SiseFile,
  raw: RawTable,
  specs: readonly SiseColumnSpec[],
  extraColumns: readonly string[],
  strictCodes: boolean,
): RowCheck[] {
  const checks = columnSpecChecks(specs);
  checks.push(uaiCheck("etabli"), studentIdCheck());
  if (file.source === "inscriptions") checks.push(ageCheck(), uaiCheck("compos", "warn"), bacYearCheck());
  for (const spec of specs)
    if (spec.codes) checks.push(knownCodeCheck({ ...spec, codes: spec.codes }, strictCodes));
  checks.push(rentreeFileCheck());
  if (file.source === "resultats" && raw.columns.includes("session")) checks.push(sessionCheck());
  for (const column of [...specs.map((s) => s.name), ...extraColumns]) {
    checks.push(valueLengthCheck(column));
    if (!specs.some((s) => s.name === column && s.dtype === "Int32")) checks.push(formulaLikeCheck(column));
  }
  return withFieldCountCheck(raw, checks);
}
