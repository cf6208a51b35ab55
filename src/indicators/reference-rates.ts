import { readFileSync } from "node:fs";
import pl from "nodejs-polars";
import { InputError, ParameterError } from "../core/errors.js";
import { messages } from "../core/i18n/messages.js";
import type { CohortOutcomes } from "./cohort-outcomes.js";
import { indicatorByName } from "./indicators.js";
import { resolveBreakdown } from "./with-cohort-strata.js";

/**
 * Reference success rates by stratum, the p_s of the valeur ajoutée: how students with given
 * characteristics succeed "in general". Built from the data ({@link referenceRates}) or from an
 * external table such as MESR's national open data ({@link mesrReferenceRates}).
 *
 * @example
 * const reference: ReferenceRates = { indicator: "passage_en_l2_1_an", strata: ["serie_bac"], source: "test", rows: [{ stratum: { serie_bac: "3" }, effectif: 43130, nombre: 23980 }] };
 */
export interface ReferenceRates {
  /** The indicator the rates are for. */
  indicator: string;
  /** The stratum variables, as breakdown column names. */
  strata: string[];
  /** Where the rates come from (shown in tables and figures). */
  source: string;
  /**
   * One row per stratum: values of the stratum variables (unknown values as `UNKNOWN_STRATUM`),
   * students and successes; the reference rate is nombre / effectif.
   */
  rows: { stratum: Record<string, string>; effectif: number; nombre: number }[];
}

/**
 * The stratum value standing for a missing characteristic (null in the data, e.g. no bac year for
 * the age at bac). It is a category of its own, so that nobody is silently dropped; an external
 * table matches it only if it has such a value.
 *
 * @example
 * UNKNOWN_STRATUM; // "(inconnu)"
 */
export const UNKNOWN_STRATUM = "(inconnu)";

/**
 * Reference rates computed on every student of the followed cohort (all establishments in the
 * data, the establishment being assessed included — see `valeurAjoutee` for what that implies):
 * p_s = Σ_e x_{e,s} / Σ_e n_{e,s}. Missing stratum values form the `UNKNOWN_STRATUM` category.
 *
 * @throws ParameterError when the indicator is unknown or not available for this cohort (right-censored).
 * @example
 * const reference = referenceRates(outcomes, "passage_en_l2_1_an", ["serie_bac", "mention_bac"]);
 */
export function referenceRates(
  outcomes: CohortOutcomes,
  indicator: string,
  strata: string[],
): ReferenceRates {
  const definition = indicatorByName(indicator);
  if (outcomes.available[definition.name] !== true) {
    throw new ParameterError(messages().indicators.notAvailable(indicator, outcomes.definition.rentree));
  }
  const keys = strata.map(resolveBreakdown);
  const rows = stratumCounts(outcomes.students, keys, definition.name).map((row) => ({
    stratum: row.stratum,
    effectif: row.effectif,
    nombre: row.nombre,
  }));
  return {
    indicator: definition.name,
    strata: keys,
    source: `cohorte ${outcomes.definition.rentree}, toutes unités`,
    rows,
  };
}

/**
 * Counts students and successes by stratum (nulls → `UNKNOWN_STRATUM`), optionally per unit.
 * Shared by the reference and the valeur ajoutée so both see the same strata. Rows are sorted
 * by unit then stratum values.
 *
 * @example
 * stratumCounts(outcomes.students, ["serie_bac"], "passage_en_l2_1_an", "etabli");
 * // [{ unit: "0751717J", stratum: { serie_bac: "3" }, effectif: 22, nombre: 11 }, …]
 */
export function stratumCounts(
  students: pl.DataFrame,
  keys: string[],
  indicator: string,
  unit?: string,
): { unit: string; stratum: Record<string, string>; effectif: number; nombre: number }[] {
  const groupKeys = unit === undefined ? keys : [unit, ...keys];
  const filled = students.select(
    ...groupKeys.map((key) => pl.col(key).cast(pl.Utf8).fillNull(pl.lit(UNKNOWN_STRATUM)).alias(key)),
    pl.col(indicator).cast(pl.Int32).alias("__x"),
  );
  const grouped =
    groupKeys.length === 0
      ? filled.select(pl.len().alias("__n"), pl.col("__x").sum().alias("__x"))
      : filled
          .groupBy(groupKeys)
          .agg(pl.len().alias("__n"), pl.col("__x").sum().alias("__x"))
          .sort(groupKeys);
  return (grouped.toRecords() as Record<string, unknown>[]).map((record) => ({
    unit: unit === undefined ? "" : String(record[unit]),
    stratum: Object.fromEntries(keys.map((key) => [key, String(record[key])])),
    effectif: Number(record.__n),
    nombre: Number(record.__x),
  }));
}

// MESR open-data counts available per indicator, with their denominator.
const MESR_DENOMINATOR: Record<string, string> = {
  passage_en_l2_1_an: "effectif_neobacheliers_passage",
  redoublement_en_l1: "effectif_neobacheliers_passage",
  passage_en_l2_2_ans: "effectif_neobacheliers_passage",
  passage_en_l2_1_2_ans: "effectif_neobacheliers_passage",
  reorientation_en_dut_1_an: "effectif_neobacheliers_passage",
  reorientation_en_dut_2_ans: "effectif_neobacheliers_passage",
  reorientation_en_dut: "effectif_neobacheliers_passage",
  reussite_3_ans: "effectif_neobacheliers_reussite",
  reussite_4_ans: "effectif_neobacheliers_reussite",
  reussite_3_4_ans: "effectif_neobacheliers_reussite",
};

/** The stratum variables of MESR's file, which use the same names and codes as the toolkit's breakdowns. */
const MESR_STRATA = ["gd_discipline", "serie_bac", "age_au_bac", "sexe", "mention_bac"];

/**
 * National reference rates from MESR's open dataset `fr-esr-parcours-et-reussite-des-bacheliers-
 * en-licence` (`;`-separated, UTF-8 with BOM; download it from data.enseignementsup-recherche.
 * gouv.fr — the toolkit does not ship it). Its strata `gd_discipline`, `serie_bac` (1–6),
 * `age_au_bac` (R0/R1/R2/R4), `sexe` and `mention_bac` (A/B/C/D/P/Q) use the toolkit's codes, so
 * they match the cohort's breakdown columns directly. Counts are summed over the strata not asked
 * for; empty cells (stratum absent that year) count as 0. The file holds one vintage (passage
 * cohort 2014, réussite cohort 2012 in the copy the toolkit was checked against): a post-2021
 * bac général (`serie_bac = A`) has no national rate there, its students are reported unmatched.
 *
 * @throws InputError naming the file, line and column when the file lacks a needed column or holds a non-numeric count.
 * @throws ParameterError when the indicator or a stratum has no MESR counterpart.
 * @example
 * const national = mesrReferenceRates("fr-esr-parcours-et-reussite-des-bacheliers-en-licence.csv", "passage_en_l2_1_an", ["serie_bac", "mention_bac"]);
 */
export function mesrReferenceRates(path: string, indicator: string, strata: string[]): ReferenceRates {
  const denominator = MESR_DENOMINATOR[indicator];
  if (!denominator) {
    throw new ParameterError(messages().indicators.mesrNoIndicator(indicator, Object.keys(MESR_DENOMINATOR)));
  }
  const keys = strata.map(resolveBreakdown);
  for (const key of keys) {
    if (!MESR_STRATA.includes(key)) {
      throw new ParameterError(messages().indicators.mesrNoStratum(key, MESR_STRATA));
    }
  }
  const text = readFileSync(path, "utf8").replace(/^\uFEFF/, "");
  const table = pl.readCSV(text, { sep: ";", inferSchemaLength: 0 });
  for (const column of [...keys, denominator, indicator]) {
    if (!table.columns.includes(column)) {
      throw new InputError(
        `column '${column}' is missing from MESR's parcours-et-réussite file`,
        { file: path, line: 1, column },
        "use the file fr-esr-parcours-et-reussite-des-bacheliers-en-licence as downloaded (separator ';')",
      );
    }
  }
  const numbers = [denominator, indicator].map((column) => {
    const raw = table.getColumn(column).toArray() as (string | null)[];
    return raw.map((value, index) => {
      if (value === null || value.trim() === "") return 0;
      const parsed = Number(value);
      if (!Number.isFinite(parsed) || parsed < 0) {
        throw new InputError(
          "count is not a non-negative number",
          { file: path, line: index + 2, column, value },
          "fix or remove the row",
        );
      }
      return parsed;
    });
  });
  const counts = pl.DataFrame([
    ...keys.map((key) =>
      pl.Series(
        key,
        (table.getColumn(key).toArray() as (string | null)[]).map((value) => value ?? UNKNOWN_STRATUM),
        pl.Utf8,
      ),
    ),
    pl.Series("__n", numbers[0]!, pl.Float64),
    pl.Series("__x", numbers[1]!, pl.Float64),
  ]);
  const grouped =
    keys.length === 0
      ? counts.select(pl.col("__n").sum(), pl.col("__x").sum())
      : counts.groupBy(keys).agg(pl.col("__n").sum(), pl.col("__x").sum()).sort(keys);
  const rows = (grouped.toRecords() as Record<string, unknown>[])
    .map((record) => ({
      stratum: Object.fromEntries(keys.map((key) => [key, String(record[key])])),
      effectif: Number(record.__n),
      nombre: Number(record.__x),
    }))
    .filter((row) => row.effectif > 0);
  return { indicator, strata: keys, source: `MESR, ${path.split(/[\\/]/).pop()}`, rows };
}
