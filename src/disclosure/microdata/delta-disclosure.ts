import type pl from "nodejs-polars";
import { ExitCode, OraccleError } from "../../core/errors.js";
import { sensitiveDistributions } from "./sensitive-distributions.js";

/**
 * Options of {@link deltaDisclosure}.
 *
 * @example
 * const options: DeltaDisclosureOptions = { base: 2 }; // compare with ARX
 */
export interface DeltaDisclosureOptions {
  /**
   * Base of the logarithm. Default `Math.E` (natural log, as Brickell & Shmatikov and pycanon);
   * ARX uses base 2, so pass `2` to compare with ARX.
   */
  base?: number | undefined;
}

/**
 * δ-disclosure privacy of one sensitive attribute.
 *
 * @example
 * const { delta } = deltaDisclosure(df, ["sexe", "age"], "resdip"); // e.g. 0.69
 */
export interface DeltaDisclosure {
  /** The sensitive attribute. */
  sensitive: string;
  /** Logarithm base used. */
  base: number;
  /**
   * Largest |log(p(s|EC) / p(s))| over classes and values present in the class. The frame is
   * δ-disclosure private for every δ strictly greater than this value.
   */
  delta: number;
}

/**
 * δ-disclosure privacy (Brickell & Shmatikov, KDD 2008): for every equivalence class and every
 * sensitive value s present in it, `|log(p(s|EC) / p(s))| < δ`. Returns the smallest bound, i.e.
 * `max_EC max_{s: p(s|EC) > 0} |log(p(s|EC)/p(s))|`, equal to pycanon's `delta_disclosure` with the
 * default natural logarithm.
 *
 * @param frame one row per record
 * @param keys key variables (null = own category)
 * @param sensitive the sensitive attribute
 * @param options logarithm base (default e)
 * @example
 * const df = pl.DataFrame({ age: [20, 20, 21, 21], diag: ["a", "b", "a", "a"] });
 * deltaDisclosure(df, ["age"], "diag").delta; // ln 2 ≈ 0.693 (class 20: p(b|EC) = 0.5, p(b) = 0.25)
 */
export function deltaDisclosure(
  frame: pl.DataFrame,
  keys: readonly string[],
  sensitive: string,
  options: DeltaDisclosureOptions = {},
): DeltaDisclosure {
  const base = options.base ?? Math.E;
  if (!(base > 0) || base === 1)
    throw new OraccleError(`logarithm base must be > 0 and ≠ 1, not ${base}`, ExitCode.usage);
  const d = sensitiveDistributions(frame, keys, sensitive);
  const p = d.totals.map((n) => n / d.records);
  let delta = 0;
  for (const klass of d.classes) {
    klass.counts.forEach((n, i) => {
      if (n === 0) return;
      delta = Math.max(delta, Math.abs(Math.log(n / klass.size / p[i]!) / Math.log(base)));
    });
  }
  return { sensitive, base, delta };
}
