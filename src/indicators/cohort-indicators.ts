import pl from "nodejs-polars";
import { ParameterError } from "../core/errors.js";
import { messages } from "../core/i18n/messages.js";
import type { CohortOutcomes } from "./cohort-outcomes.js";
import type { IndicatorDefinition } from "./indicator-definition.js";
import { indicatorByName } from "./indicators.js";
import { wilsonInterval } from "./wilson-interval.js";
import { type Breakdown, resolveBreakdown } from "./with-cohort-strata.js";

/**
 * Options of {@link cohortIndicators}.
 *
 * @example
 * const options: CohortIndicatorOptions = { by: ["etabli", "bac_rgrp"], smallDenominator: 20, confidence: 0.9 };
 */
export interface CohortIndicatorOptions {
  /**
   * Breakdown variables, in any combination (output names of `BREAKDOWNS` or their SISE
   * spellings: `bac_rgrp`, `age_bac`, `pcspar`). Default `[]`: one row for the whole cohort.
   */
  by?: string[];
  /** Indicators to compute, by name. Default: every indicator of the cohort's kind. */
  indicators?: string[];
  /** Confidence level of the Wilson intervals. Default `0.95`. */
  confidence?: number;
  /**
   * Groups with fewer students than this are flagged `petit_effectif` (their interval is wide:
   * ±18 points at 50 % with 30 students). Nothing is suppressed here — secrecy is the disclosure
   * gate's job. Default `30`.
   */
  smallDenominator?: number;
}

/**
 * One indicator for one group, as {@link cohortIndicators} returns it (long format).
 *
 * @example
 * const row: IndicatorRow = { group: { serie_bac: "3" }, cohorte: 2018, indicateur: "passage_en_l2_1_an", libelle: "Passage en L2 en 1 an", disponible: true, effectif: 120, nombre: 66, taux: 0.55, ic_bas: 0.46, ic_haut: 0.64, petit_effectif: false };
 */
export interface IndicatorRow {
  /** Values of the breakdown variables for this group (`{}` for the whole cohort). */
  group: Record<string, string | null>;
  /** Rentrée of entry N. */
  cohorte: number;
  /** Indicator name (MESR field name where one exists). */
  indicateur: string;
  /** French label. */
  libelle: string;
  /** `false` when the cohort has not been followed long enough (right-censored): counts and rates are then null. */
  disponible: boolean;
  /** Students of the group (the denominator); null when not available. */
  effectif: number | null;
  /** Students counted by the indicator; null when not available. */
  nombre: number | null;
  /** nombre / effectif. */
  taux: number | null;
  /** Lower Wilson bound. */
  ic_bas: number | null;
  /** Upper Wilson bound. */
  ic_haut: number | null;
  /** Whether the group has fewer students than `smallDenominator`. */
  petit_effectif: boolean;
}

/**
 * The result of {@link cohortIndicators}: the same numbers in long form (one row per group ×
 * indicator, for figures) and wide form (one row per group, MESR open-data field names).
 *
 * @example
 * const { wide, rows } = cohortIndicators(outcomes, { by: ["serie_bac"] });
 */
export interface CohortIndicatorTable {
  /** Breakdown variables used, as output column names. */
  by: Breakdown[];
  /** Long form. */
  rows: IndicatorRow[];
  /**
   * Wide form: the breakdown columns; per cohort family its MESR cohort and denominator fields
   * (`cohorte_passage`, `effectif_neobacheliers_passage`, `cohorte_reussite`,
   * `effectif_neobacheliers_reussite`…); per indicator its count under its name
   * (`passage_en_l2_1_an`…) and `taux_<name>`, `taux_<name>_ic_bas`, `taux_<name>_ic_haut`;
   * `petit_effectif`. Unavailable indicators are null.
   */
  wide: pl.DataFrame;
}

/**
 * Counts, rates and Wilson intervals of cohort indicators, for the whole cohort or broken down by
 * any combination of establishment, grande discipline, bac series, mention, age at bac, sex and
 * origine sociale. Denominator = students of the group (the cohort is closed: nobody enters
 * later, nobody is dropped — a student not found later counts as a sortie, not as missing). An
 * indicator the cohort cannot yet be observed for (see `isObservable`) is reported with
 * `disponible = false` and null numbers, never as a rate computed on incomplete follow-up.
 *
 * @throws ParameterError on an unknown breakdown or indicator, or an indicator of another cohort kind.
 * @example
 * const outcomes = cohortOutcomes(selectCohort(principal, licenceCohort(2018)), { principal, transitions: moves, resultats, window });
 * const table = cohortIndicators(outcomes, { by: ["etabli", "bac_rgrp"], smallDenominator: 20 });
 * table.wide.writeCSV("indicateurs-2018.csv");
 */
export function cohortIndicators(
  outcomes: CohortOutcomes,
  options: CohortIndicatorOptions = {},
): CohortIndicatorTable {
  const by = [...new Set((options.by ?? []).map(resolveBreakdown))];
  const indicators = selectIndicators(outcomes, options.indicators);
  const threshold = options.smallDenominator ?? 30;
  const wilson = { confidence: options.confidence ?? 0.95 };
  const cohorte = outcomes.definition.rentree;

  const aggregations = [countOfStudents(), ...indicators.map((indicator) => countOf(indicator.name))];
  const grouped = (
    by.length === 0
      ? outcomes.students.select(...aggregations)
      : outcomes.students.groupBy(by).agg(...aggregations)
  )
    // Sorted on every key so that the same input always gives the same bytes.
    .sort(by.length === 0 ? "__effectif" : by);

  const rows: IndicatorRow[] = [];
  const wideRecords: Record<string, unknown>[] = [];
  for (const record of grouped.toRecords() as Record<string, unknown>[]) {
    const group: Record<string, string | null> = {};
    for (const key of by)
      group[key] = record[key] === null || record[key] === undefined ? null : String(record[key]);
    const effectif = Number(record.__effectif);
    const petit = effectif < threshold;
    const wide: Record<string, unknown> = { ...group };
    for (const indicator of indicators) {
      const available = outcomes.available[indicator.name] === true;
      if (!(indicator.cohortField in wide)) {
        wide[indicator.cohortField] = cohorte;
        wide[indicator.denominator] = effectif;
      }
      const nombre = available ? Number(record[indicator.name]) : null;
      const interval =
        nombre === null ? { rate: null, lower: null, upper: null } : wilsonInterval(nombre, effectif, wilson);
      rows.push({
        group,
        cohorte,
        indicateur: indicator.name,
        libelle: indicator.label,
        disponible: available,
        effectif: available ? effectif : null,
        nombre,
        taux: interval.rate,
        ic_bas: interval.lower,
        ic_haut: interval.upper,
        petit_effectif: petit,
      });
      wide[indicator.name] = nombre;
      wide[`taux_${indicator.name}`] = interval.rate;
      wide[`taux_${indicator.name}_ic_bas`] = interval.lower;
      wide[`taux_${indicator.name}_ic_haut`] = interval.upper;
    }
    wide.petit_effectif = petit;
    wideRecords.push(wide);
  }
  return { by, rows, wide: recordsToFrame(wideRecords, by, indicators) };
}

// Built once per process, by indicator name: building a nodejs-polars expression costs ~0.5 ms
// of JavaScript per node, more than aggregating one cohort.
let studentCount: pl.Expr | undefined;
const counts = new Map<string, pl.Expr>();

function countOfStudents(): pl.Expr {
  studentCount ??= pl.len().alias("__effectif");
  return studentCount;
}

function countOf(indicator: string): pl.Expr {
  let count = counts.get(indicator);
  if (!count) {
    count = pl.col(indicator).cast(pl.Int32).sum().alias(indicator);
    counts.set(indicator, count);
  }
  return count;
}

function selectIndicators(outcomes: CohortOutcomes, names: string[] | undefined): IndicatorDefinition[] {
  const kind = outcomes.definition.kind;
  if (names === undefined) return outcomes.indicators;
  return names.map((name) => {
    const indicator = indicatorByName(name);
    if (indicator.cohort !== kind) {
      throw new ParameterError(messages().indicators.otherCohortKind(name, indicator.cohort, kind));
    }
    return indicator;
  });
}

// Builds the wide frame with explicit types: a column that is null everywhere (an unavailable
// indicator) must still come out as a numeric column, not as a Null-typed one. The rows go to
// polars in one native call: a JavaScript Series wrapper per column cost more than the data.
function recordsToFrame(
  records: Record<string, unknown>[],
  by: Breakdown[],
  indicators: IndicatorDefinition[],
): pl.DataFrame {
  const schema: Record<string, pl.DataType> = {};
  for (const key of by) schema[key] = pl.Utf8;
  const intColumns: string[] = [];
  const floatColumns: string[] = [];
  for (const indicator of indicators) {
    for (const field of [indicator.cohortField, indicator.denominator, indicator.name]) {
      if (!intColumns.includes(field)) intColumns.push(field);
    }
    floatColumns.push(
      `taux_${indicator.name}`,
      `taux_${indicator.name}_ic_bas`,
      `taux_${indicator.name}_ic_haut`,
    );
  }
  // Keep MESR's order: cohort fields and denominators first, then each indicator's count and rate.
  const ordered = [
    ...intColumns.filter((field) => field.startsWith("cohorte_") || field.startsWith("effectif_")),
    ...indicators.flatMap((indicator) => [
      indicator.name,
      `taux_${indicator.name}`,
      `taux_${indicator.name}_ic_bas`,
      `taux_${indicator.name}_ic_haut`,
    ]),
  ];
  for (const field of ordered) schema[field] = floatColumns.includes(field) ? pl.Float64 : pl.Int32;
  schema.petit_effectif = pl.Bool;
  return pl.DataFrame(records, { schema });
}
