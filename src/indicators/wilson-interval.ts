/**
 * A proportion with its Wilson score interval: what the toolkit reports for every rate.
 *
 * @example
 * const { rate, lower, upper } = wilsonInterval(41, 100); // 0.41, 0.3179…, 0.5082…
 */
export interface WilsonInterval {
  /** Observed proportion x / n; `null` when n = 0. */
  rate: number | null;
  /** Lower bound of the interval; `null` when n = 0. */
  lower: number | null;
  /** Upper bound of the interval; `null` when n = 0. */
  upper: number | null;
}

/**
 * Options of {@link wilsonInterval}.
 *
 * @example
 * wilsonInterval(12, 30, { confidence: 0.9 });
 */
export interface WilsonOptions {
  /** Two-sided confidence level, strictly between 0 and 1. Default `0.95` (z = 1.959964). */
  confidence?: number;
}

/**
 * Wilson score interval for x successes out of n trials (E. B. Wilson, 1927, JASA 22:209–212):
 *
 * ```
 * centre    = (p̂ + z²/(2n)) / (1 + z²/n)
 * halfwidth = z / (1 + z²/n) · sqrt( p̂(1 − p̂)/n + z²/(4n²) )
 * ```
 *
 * Unlike the textbook p̂ ± z·sqrt(p̂(1 − p̂)/n), it stays inside [0, 1] and does not collapse to a
 * zero-width interval when x = 0 or x = n, which matters for small groups (one establishment ×
 * one bac series). SISE is a census: the interval expresses the variability of the process that
 * produced the cohort (another cohort of the same kind would differ), not sampling error.
 * n = 0 gives `null` everywhere rather than NaN.
 *
 * @throws RangeError when n or x is negative or not an integer, x > n, or the confidence is not in (0, 1).
 * @example
 * wilsonInterval(0, 10);  // { rate: 0, lower: 0, upper: 0.2775… }
 * wilsonInterval(81, 263, { confidence: 0.9 });
 */
export function wilsonInterval(x: number, n: number, options: WilsonOptions = {}): WilsonInterval {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a non-negative integer, got ${n}`);
  if (!Number.isInteger(x) || x < 0 || x > n)
    throw new RangeError(`x must be an integer in [0, n=${n}], got ${x}`);
  if (n === 0) return { rate: null, lower: null, upper: null };
  const z = zForConfidence(options.confidence ?? 0.95);
  const p = x / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const halfwidth = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // Rounding can push a bound a hair outside [0, 1] (x = 0 or x = n): clamp so that the exact
  // mathematical bound (0 or 1) is returned.
  return {
    rate: p,
    lower: x === 0 ? 0 : Math.max(0, centre - halfwidth),
    upper: x === n ? 1 : Math.min(1, centre + halfwidth),
  };
}

/**
 * The standard normal quantile z such that P(|Z| ≤ z) = confidence (z = 1.959964 for 0.95).
 *
 * @throws RangeError when the confidence is not strictly between 0 and 1.
 * @example
 * zForConfidence(0.95); // 1.95996398…
 */
export function zForConfidence(confidence: number): number {
  if (!(confidence > 0 && confidence < 1)) {
    throw new RangeError(`confidence must be strictly between 0 and 1, got ${confidence}`);
  }
  return normalQuantile(0.5 + confidence / 2);
}

/**
 * Inverse of the standard normal distribution function (P. J. Acklam's rational approximation,
 * relative error < 1.15e-9: ample for interval bounds printed to a tenth of a point).
 */
function normalQuantile(p: number): number {
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
    2.506628277459239,
  ];
  const b = [
    -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572,
  ];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  let q: number;
  let x: number;
  if (p < low) {
    q = Math.sqrt(-2 * Math.log(p));
    x =
      (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) /
      ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  } else if (p <= 1 - low) {
    q = p - 0.5;
    const r = q * q;
    x =
      ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) /
      (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1);
  } else {
    q = Math.sqrt(-2 * Math.log(1 - p));
    x =
      -(((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) /
      ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  }
  return x;
}
