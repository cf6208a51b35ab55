import pl from "nodejs-polars";
import { ExitCode, OraccleError } from "../../core/errors.js";
import { type KeyFrequencyOptions, keyFrequencies } from "./key-frequencies.js";

/**
 * Options of {@link individualRisk}.
 *
 * @example
 * const options: IndividualRiskOptions = { weights: "poids", method: "exact", qual: 1 };
 */
export interface IndividualRiskOptions extends KeyFrequencyOptions {
  /**
   * `"approx"` (default, sdcMicro `indivRisk` and `measure_risk`) or `"exact"` (the series of
   * Benedetti–Franconi for fk > 2; identical to approx for fk ≤ 2).
   */
  method?: "approx" | "exact" | undefined;
  /** Final correction factor multiplying every survey risk (sdcMicro `qual`). Default `1`. */
  qual?: number | undefined;
  /**
   * True for sample survey data (risk estimated from fk and Fk), false for a census/population
   * (risk = 1/fk, `qual` ignored). Default: true when `weights` is given, false otherwise —
   * sdcMicro `measure_risk` sets `survey = !is.null(w)`.
   */
  survey?: boolean | undefined;
  /** Name of the added risk column. Default `"risk"`. */
  column?: string | undefined;
}

/**
 * Adds sdcMicro's individual re-identification risk (Benedetti–Franconi, as in `indivRisk` and
 * `measure_risk`) to every record, with `fk` and (when weighted) `Fk` from {@link keyFrequencies}.
 *
 * With `pk = fk / Fk`, for survey data (method `"approx"`):
 * - fk = 1: `r = pk/(1−pk) · ln(1/pk)`
 * - fk = 2: `r = pk/(1−pk) − (pk/(1−pk))² · ln(1/pk)`
 * - fk > 2: `r = pk / (fk − (1 − pk))`
 * - fk = Fk (weights all 1, or a census): `r = 1/fk`
 *
 * then `r × qual`. Method `"exact"` replaces the fk > 2 case by
 * `r = (pk/(1−pk))^fk · (A·(1 + Σ_{m=0}^{fk−3} (−1)^{m+1} Π_{i=0}^{m} B_i) + (−1)^fk · ln pk)` with
 * `A = (pk^(1−fk) − 1)/(fk − 1)` and `B_i = (fk−1−i)²/((i+1)(fk−2−i)) · (pk^(i+2−fk) − 1)/(pk^(i+1−fk) − 1)`.
 * Without survey, `r = 1/fk`. We follow the R code, not sdcMicro's C++ routine that subtracts
 * 0.0001 from pk (that routine is no longer called by `measure_risk`).
 *
 * @param frame one row per record
 * @param keys key variables
 * @param options weights, missing-value treatment, method (default approx), qual (default 1), survey
 * @returns the frame with `fk`, `Fk` (when weighted) and the risk column (default `risk`)
 * @example
 * const df = pl.DataFrame({ a: [1, 1, 2], w: [10, 20, 5] });
 * individualRisk(df, ["a"], { weights: "w" }).getColumn("risk").toArray();
 */
export function individualRisk(
  frame: pl.DataFrame,
  keys: readonly string[],
  options: IndividualRiskOptions = {},
): pl.DataFrame {
  const method = options.method ?? "approx";
  if (method !== "approx" && method !== "exact") {
    throw new OraccleError(`method must be "approx" or "exact", not '${String(method)}'`, ExitCode.usage);
  }
  const qual = options.qual ?? 1;
  const survey = options.survey ?? options.weights !== undefined;
  const column = options.column ?? "risk";
  const withFrequencies = keyFrequencies(frame, keys, options);
  const fk = withFrequencies.getColumn("fk").toArray() as number[];
  const Fk = options.weights === undefined ? fk : (withFrequencies.getColumn("Fk").toArray() as number[]);
  const risks = fk.map((f, i) => {
    if (!survey) return 1 / f;
    return individualRiskOfKey(f, Fk[i] ?? f, method) * qual;
  });
  return withFrequencies.withColumns(pl.Series(column, risks, pl.Float64));
}

/**
 * Benedetti–Franconi risk of one key from its sample frequency `fk` and weighted frequency `Fk`
 * (survey case, before `qual`). Exposed for the release gate and for tests.
 *
 * @example
 * individualRiskOfKey(1, 10, "approx"); // 0.1/0.9 · ln 10 ≈ 0.2558
 */
export function individualRiskOfKey(fk: number, Fk: number, method: "approx" | "exact" = "approx"): number {
  // fk = Fk means every sampled unit represents itself: the population class is the sample class.
  if (fk === Fk) return 1 / fk;
  const pk = fk / Fk;
  const odds = pk / (1 - pk);
  if (fk === 1) return odds * Math.log(1 / pk);
  if (fk === 2) return odds - odds ** 2 * Math.log(1 / pk);
  if (method === "approx") return pk / (fk - (1 - pk));
  const a = (pk ** (1 - fk) - 1) / (fk - 1);
  const b = (i: number) =>
    ((fk - 1 - i) ** 2 / ((i + 1) * (fk - 2 - i))) * ((pk ** (i + 2 - fk) - 1) / (pk ** (i + 1 - fk) - 1));
  let series = 0;
  let product = 1;
  for (let m = 0; m <= fk - 3; m++) {
    product *= b(m);
    series += (-1) ** (m + 1) * product;
  }
  return odds ** fk * (a * (1 + series) + (-1) ** fk * Math.log(pk));
}
