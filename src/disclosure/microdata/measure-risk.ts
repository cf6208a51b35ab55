import pl from "nodejs-polars";
import { type GlobalRisk, globalRisk } from "./global-risk.js";
import { type IndividualRiskOptions, individualRisk } from "./individual-risk.js";
import { kAnonymityViolations } from "./k-anonymity-violations.js";
import { type Suda2, type Suda2Options, suda2 } from "./suda2.js";

/**
 * Options of {@link measureRisk}.
 *
 * @example
 * const options: MeasureRiskOptions = { weights: "poids", kLevels: [2, 3, 5], suda: { maxSize: 3 } };
 */
export interface MeasureRiskOptions extends IndividualRiskOptions {
  /** k values whose violations are counted. Default `[2, 3, 5]` (sdcMicro prints 2, 3, 5). */
  kLevels?: readonly number[] | undefined;
  /** SUDA2 options, or `false` to skip SUDA2 (it grows as 2^keys). Default `{}`. */
  suda?: Suda2Options | false | undefined;
}

/**
 * Distribution of one per-record measure: quantiles and the counts above thresholds.
 *
 * @example
 * const d: RiskDistribution = measureRisk(df, keys).individualRisk;
 * d.quantiles.find((q) => q.p === 0.5)?.value; // median risk
 */
export interface RiskDistribution {
  /** Quantiles at 0, 0.25, 0.5, 0.75, 0.9, 0.99 and 1 (type 7, as R's default). */
  quantiles: { p: number; value: number }[];
  /** Records above 0.05, 0.1, 0.2 and 0.5. */
  above: { threshold: number; records: number }[];
}

/**
 * What {@link measureRisk} reports, sdcMicro's `measure_risk` view of a microdata file.
 *
 * @example
 * const report: RiskMeasures = measureRisk(df, ["sexe", "age"]);
 * report.kAnonymity[0]; // { k: 2, violatingRecords: …, violatingClasses: … }
 */
export interface RiskMeasures {
  /** Key variables. */
  keys: string[];
  /** Records measured. */
  records: number;
  /** Number of distinct keys (equivalence classes, null as its own value). */
  classes: number;
  /** fk summary: how many records have fk = 1, 2, 3–4, ≥ 5; mean and smallest fk. */
  fk: { unique: number; two: number; threeToFour: number; fiveOrMore: number; mean: number; min: number };
  /** Fk summary when weights were given (same bands on Fk, mean and smallest). */
  Fk?: { mean: number; min: number; belowFive: number } | undefined;
  /** Records (and classes) violating k-anonymity at each k level. */
  kAnonymity: { k: number; violatingRecords: number; violatingClasses: number; share: number }[];
  /** Distribution of the individual risk. */
  individualRisk: RiskDistribution;
  /** Global risk (ER, rate, high-risk records). */
  global: GlobalRisk;
  /** SUDA2 result, unless skipped. */
  suda?: Suda2 | undefined;
  /** One row per record: its key, fk (Fk), individual risk and (with SUDA2) SUDA and DIS-SUDA scores. */
  perRecord: pl.DataFrame;
}

/**
 * Measures the re-identification risk of a microdata file in one call, as sdcMicro's `measure_risk`
 * and `print(sdcObj, "risk")` together: fk/Fk summary, k-anonymity violations, the individual risk
 * distribution, the global risk (ER and rate) and SUDA2. A measurement, never a gate.
 *
 * @param frame one row per record
 * @param keys key variables (quasi-identifiers)
 * @param options frequency and risk options (weights, missing…), k levels, SUDA2 options
 * @example
 * const df = pl.DataFrame({ sexe: ["1", "1", "2"], age: ["20", "20", "21"] });
 * measureRisk(df, ["sexe", "age"]).fk.unique; // 1
 */
export function measureRisk(
  frame: pl.DataFrame,
  keys: readonly string[],
  options: MeasureRiskOptions = {},
): RiskMeasures {
  const withRisk = individualRisk(frame, keys, { ...options, column: "risk" });
  const fk = withRisk.getColumn("fk").toArray() as number[];
  const risk = withRisk.getColumn("risk").toArray() as number[];
  const kLevels = options.kLevels ?? [2, 3, 5];
  const suda = options.suda === false ? undefined : suda2(frame, keys, options.suda ?? {});
  const columns = [...keys, "fk", ...(options.weights === undefined ? [] : ["Fk"]), "risk"];
  let perRecord = withRisk.select(...columns);
  if (suda !== undefined) {
    perRecord = perRecord.withColumns(
      pl.Series("suda", suda.score, pl.Float64),
      pl.Series("dis_suda", suda.disScore, pl.Float64),
    );
  }
  const n = frame.height;
  return {
    keys: [...keys],
    records: n,
    classes: frame.select(...keys).unique().height,
    fk: {
      unique: fk.filter((f) => f < 2).length,
      two: fk.filter((f) => f >= 2 && f < 3).length,
      threeToFour: fk.filter((f) => f >= 3 && f < 5).length,
      fiveOrMore: fk.filter((f) => f >= 5).length,
      mean: n === 0 ? 0 : fk.reduce((s, f) => s + f, 0) / n,
      min: n === 0 ? 0 : Math.min(...fk),
    },
    Fk:
      options.weights === undefined
        ? undefined
        : weightedSummary(withRisk.getColumn("Fk").toArray() as number[]),
    kAnonymity: kLevels.map((k) => {
      const v = kAnonymityViolations(frame, keys, k, options);
      return {
        k,
        violatingRecords: v.violatingRecords,
        violatingClasses: v.violatingClasses,
        share: n === 0 ? 0 : v.violatingRecords / n,
      };
    }),
    individualRisk: distribution(risk),
    global: globalRisk(frame, keys, options),
    suda,
    perRecord,
  };
}

function weightedSummary(values: number[]): RiskMeasures["Fk"] {
  const n = values.length;
  return {
    mean: n === 0 ? 0 : values.reduce((s, x) => s + x, 0) / n,
    min: n === 0 ? 0 : values.reduce((m, x) => Math.min(m, x), Number.POSITIVE_INFINITY),
    belowFive: values.filter((x) => x < 5).length,
  };
}

/** Quantiles (R type 7) and threshold counts of a per-record measure. */
export function distribution(values: readonly number[]): RiskDistribution {
  const sorted = [...values].sort((a, b) => a - b);
  const quantile = (p: number) => {
    if (sorted.length === 0) return 0;
    const h = (sorted.length - 1) * p;
    const lo = Math.floor(h);
    const hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
  };
  return {
    quantiles: [0, 0.25, 0.5, 0.75, 0.9, 0.99, 1].map((p) => ({ p, value: quantile(p) })),
    above: [0.05, 0.1, 0.2, 0.5].map((threshold) => ({
      threshold,
      records: values.filter((v) => v > threshold).length,
    })),
  };
}
