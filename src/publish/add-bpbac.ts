import pl from "nodejs-polars";
import { readBpbac } from "../sise/bpbac/read-bpbac.js";
import type { RowAccounting } from "../sise/validation-report.js";
import { combineSources } from "../trajectories/combine-sources.js";

/** What a publication took from a BPBAC folder (see {@link addBpbac}). */
export interface BpbacUse {
  /** The folder read. */
  input: string;
  /** Rows read, accepted and rejected by `readBpbac()`. */
  rows: RowAccounting;
  /** Label of every lycée formation code (`code`, `libelle`), sorted by code; one label a code. */
  formationLabels: pl.DataFrame;
}

/**
 * Reads a BPBAC folder (`readBpbac()`) and puts its enrolments beside the SISE extract's
 * (`combineSources()`), so that the paths a publication rebuilds include the years spent in
 * lycée post-bac classes (BTS, CPGE…). The text columns that were read as `Categorical` (option
 * `compact` of `readSise`) are `Categorical` again: the partitions of students rely on it.
 *
 * @param extract the SISE inscriptions and résultats
 * @param dir the BPBAC folder (`bpbacYY.csv` or `.parquet`)
 * @throws InputError (exit code 3) when a BPBAC file cannot be read as a table.
 * @example
 * const { inscriptions, resultats, bpbac } = addBpbac(readSise("data/sise"), "data/bpbac");
 */
export function addBpbac(
  extract: { inscriptions: pl.DataFrame; resultats: pl.DataFrame },
  dir: string,
): { inscriptions: pl.DataFrame; resultats: pl.DataFrame; bpbac: BpbacUse } {
  const { enrolments, report } = readBpbac(dir);
  const combined = combineSources(extract, enrolments);
  return {
    inscriptions: compactLike(combined.inscriptions, extract.inscriptions),
    resultats: compactLike(combined.resultats, extract.resultats),
    bpbac: { input: dir, rows: report.totals, formationLabels: formationLabels(enrolments) },
  };
}

/** `frame` with the columns that are `Categorical` in `model` cast back to `Categorical`. */
function compactLike(frame: pl.DataFrame, model: pl.DataFrame): pl.DataFrame {
  const categorical = model.columns.filter(
    (name) => model.getColumn(name).dtype.variant === "Categorical" && frame.columns.includes(name),
  );
  return categorical.length === 0
    ? frame
    : frame.withColumns(...categorical.map((name) => pl.col(name).cast(pl.Categorical)));
}

/** One label per formation code: the smallest label given (several files may spell it apart). */
function formationLabels(enrolments: pl.DataFrame): pl.DataFrame {
  if (!enrolments.columns.includes("lib_formation")) {
    return pl.DataFrame([pl.Series("code", [], pl.Utf8), pl.Series("libelle", [], pl.Utf8)]);
  }
  return enrolments
    .lazy()
    .filter(pl.col("lib_formation").isNotNull())
    .groupBy("formation")
    .agg(pl.col("lib_formation").cast(pl.Utf8).min().alias("libelle"))
    .select(pl.col("formation").cast(pl.Utf8).alias("code"), "libelle")
    .sort("code")
    .collectSync();
}
