import { ParameterError } from "../core/errors.js";
import { messages } from "../core/i18n/messages.js";
import { zForConfidence } from "../core/z-for-confidence.js";

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
 * @throws ParameterError when n or x is negative or not an integer, x > n, or the confidence is not in (0, 1).
 * @example
 * wilsonInterval(0, 10);  // { rate: 0, lower: 0, upper: 0.2775… }
 * wilsonInterval(81, 263, { confidence: 0.9 });
 */
export function wilsonInterval(x: number, n: number, options: WilsonOptions = {}): WilsonInterval {
  if (!Number.isInteger(n) || n < 0) throw new ParameterError(messages().indicators.wilsonN(n));
  if (!Number.isInteger(x) || x < 0 || x > n) throw new ParameterError(messages().indicators.wilsonX(x, n));
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
