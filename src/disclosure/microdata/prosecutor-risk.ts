import pl from "nodejs-polars";
import { ExitCode, OraccleError } from "../../core/errors.js";
import { requireKeys } from "./frame-checks.js";

/**
 * Options of {@link prosecutorRisk}.
 *
 * @example
 * const options: ProsecutorRiskOptions = { threshold: 0.1, suppressed: "supprime" };
 */
export interface ProsecutorRiskOptions {
  /**
   * Acceptable highest re-identification probability of a single record: a record is "at risk"
   * when `1/|EC| > threshold` (strict, as ARX). Default `0.2` (classes smaller than 5 are at risk,
   * Oraccle's k = 5).
   */
  threshold?: number | undefined;
  /**
   * Column flagging suppressed records (true = suppressed), which ARX leaves out of every measure.
   * Default: none (all records count).
   */
  suppressed?: string | undefined;
}

/**
 * ARX-style prosecutor-model summary (El Emam's measures, ARX `RiskModelSampleSummary`).
 *
 * @example
 * const r: ProsecutorRisk = prosecutorRisk(df, ["sexe", "age"]);
 * r.highestRisk; // 1/min |EC|
 */
export interface ProsecutorRisk {
  /** Records taken into account (not suppressed). */
  records: number;
  /** Number of equivalence classes (nulls are their own category, as in ARX). */
  classes: number;
  /** Threshold used for `recordsAtRisk`. */
  threshold: number;
  /** Highest risk 1/min|EC| (ARX "highest risk"). */
  highestRisk: number;
  /** Share of records with 1/|EC| > threshold (ARX "records at risk"), 0…1. */
  recordsAtRisk: number;
  /** Number of records with 1/|EC| > threshold. */
  recordsAtRiskCount: number;
  /**
   * Average risk over records = #EC / n (ARX "success rate"). pycanon's `average_rir` averages
   * 1/|EC| over classes instead; we follow ARX (the expected share of records re-identified).
   */
  averageRisk: number;
  /** Share of records that are unique on the key (|EC| = 1), 0…1. */
  uniqueShare: number;
  /** Size of the smallest equivalence class (the dataset is k-anonymous for k ≤ this). */
  smallestClass: number;
}

/**
 * Prosecutor re-identification risk as summarised by ARX: the attacker knows the target is in the
 * data, so a record's risk is `1/|EC|` (its class size on the keys). Reports the highest risk, the
 * share of records at risk above a threshold, the average risk and the share of sample uniques.
 * Classes are counted with a polars `group_by` on the keys; a null is one more category (ARX).
 *
 * @param frame one row per record
 * @param keys key variables
 * @param options threshold (default 0.2) and suppressed-record flag
 * @example
 * const df = pl.DataFrame({ sexe: ["1", "1", "2"] });
 * prosecutorRisk(df, ["sexe"]);
 * // { highestRisk: 1, recordsAtRisk: 1 (classes of 2 and 1, both < 5), averageRisk: 2/3, uniqueShare: 1/3, … }
 */
export function prosecutorRisk(
  frame: pl.DataFrame,
  keys: readonly string[],
  options: ProsecutorRiskOptions = {},
): ProsecutorRisk {
  requireKeys(frame, keys);
  const threshold = options.threshold ?? 0.2;
  if (!(threshold >= 0 && threshold <= 1)) {
    throw new OraccleError(`threshold must lie between 0 and 1, not ${threshold}`, ExitCode.usage);
  }
  let kept = frame;
  if (options.suppressed !== undefined) {
    kept = frame.filter(pl.col(options.suppressed).cast(pl.Bool).not());
  }
  const sizes =
    kept.height === 0
      ? []
      : (kept
          .groupBy([...keys])
          .len()
          .getColumn("len")
          .toArray() as number[]);
  const records = sizes.reduce((s, c) => s + c, 0);
  const classes = sizes.length;
  const smallest = sizes.reduce((m, c) => Math.min(m, c), Number.POSITIVE_INFINITY);
  const atRisk = sizes.filter((c) => 1 / c > threshold).reduce((s, c) => s + c, 0);
  const uniques = sizes.filter((c) => c === 1).length;
  return {
    records,
    classes,
    threshold,
    highestRisk: classes === 0 ? 0 : 1 / smallest,
    recordsAtRisk: records === 0 ? 0 : atRisk / records,
    recordsAtRiskCount: atRisk,
    averageRisk: records === 0 ? 0 : classes / records,
    uniqueShare: records === 0 ? 0 : uniques / records,
    smallestClass: classes === 0 ? 0 : smallest,
  };
}
