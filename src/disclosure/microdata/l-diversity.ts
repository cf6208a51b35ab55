import type pl from "nodejs-polars";
import { ExitCode, OraccleError } from "../../core/errors.js";
import { sensitiveDistributions } from "./sensitive-distributions.js";

/**
 * Options of {@link lDiversity}.
 *
 * @example
 * const options: LDiversityOptions = { c: 3 };
 */
export interface LDiversityOptions {
  /** Constant c of recursive (c,l)-diversity. Default `2` (sdcMicro `l_recurs_c`). */
  c?: number | undefined;
}

/**
 * l-diversity of one equivalence class for one sensitive attribute.
 *
 * @example
 * const worst: ClassDiversity | undefined = lDiversity(df, keys, "resdip").bySensitive[0]?.classes[0];
 */
export interface ClassDiversity {
  /** 0-based index of the first record of the class. */
  representative: number;
  /** Records in the class. */
  size: number;
  /** Distinct l: number of different sensitive values (null counts as a value). */
  distinct: number;
  /** Entropy l: exp(H), H = −Σ p ln p (real number ≥ 1). */
  entropy: number;
  /** Recursive l: largest l with r₁ < c·(r_l + … + r_m) (counts sorted descending), at least 1. */
  recursive: number;
}

/**
 * l-diversity of a frame for one sensitive attribute.
 *
 * @example
 * const d: SensitiveDiversity = lDiversity(df, keys, ["resdip", "mention"]).bySensitive[1]!;
 */
export interface SensitiveDiversity {
  /** The sensitive attribute. */
  sensitive: string;
  /** Smallest distinct l over the classes. */
  distinct: number;
  /** Smallest exp(H) over the classes (real). */
  entropy: number;
  /** ⌊entropy⌋ (+1e-9 tolerance against rounding): the integer l for which entropy l-diversity holds. */
  entropyL: number;
  /** Smallest recursive l over the classes, for the given c. */
  recursive: number;
  /**
   * Smallest c for which recursive (c, l)-diversity holds with l = `distinct`: the condition
   * is strict, so any c greater than this value works. `Infinity` when some class has fewer than l values.
   */
  recursiveCForDistinct: number;
  /** Per-class values. */
  classes: ClassDiversity[];
}

/**
 * l-diversity of a frame: the minimum over the sensitive attributes, and each one in detail.
 *
 * @example
 * const l: LDiversity = lDiversity(df, ["sexe", "age"], "resdip");
 * l.distinct >= 2; // 2-diverse
 */
export interface LDiversity {
  /** Constant c used for recursive l-diversity. */
  c: number;
  /** Minimum distinct l over all sensitive attributes. */
  distinct: number;
  /** Minimum entropy exp(H) over all sensitive attributes. */
  entropy: number;
  /** ⌊entropy⌋. */
  entropyL: number;
  /** Minimum recursive l over all sensitive attributes. */
  recursive: number;
  /** One entry per sensitive attribute, in the order given. */
  bySensitive: SensitiveDiversity[];
}

/**
 * l-diversity (Machanavajjhala et al., 2007) of the equivalence classes defined by the keys, for
 * one or several sensitive attributes. The dataset value is the worst class; with several
 * attributes, the minimum over them (each attribute measured on the same classes, pycanon `gen=True`).
 *
 * - distinct: `l = |{s : n(s) > 0}|` in the class;
 * - entropy: `exp(H)`, `H = −Σ_s p(s) ln p(s)`; the class is entropy-l-diverse iff `H ≥ ln l`;
 * - recursive (c,l): with counts sorted in *descending* order `r₁ ≥ … ≥ r_m`, the class is
 *   (c,l)-diverse iff `r₁ < c · (r_l + r_{l+1} + … + r_m)` (ARX and the original paper; pycanon
 *   sorts ascending, which is a different measure). We report the largest such l.
 *
 * Missing key values form their own class; a missing sensitive value counts as one more value.
 *
 * @param frame one row per record
 * @param keys key variables
 * @param sensitive one or several sensitive attributes
 * @param options c for recursive diversity (default 2)
 * @example
 * const df = pl.DataFrame({ age: [20, 20, 21, 21], diag: ["a", "b", "a", "a"] });
 * lDiversity(df, ["age"], "diag").distinct; // 1 (the class age = 21 only holds "a")
 */
export function lDiversity(
  frame: pl.DataFrame,
  keys: readonly string[],
  sensitive: string | readonly string[],
  options: LDiversityOptions = {},
): LDiversity {
  const c = options.c ?? 2;
  if (!(c > 0) || !Number.isFinite(c)) {
    throw new OraccleError(`c must be a positive number, not ${c}`, ExitCode.usage);
  }
  const list = typeof sensitive === "string" ? [sensitive] : [...sensitive];
  if (list.length === 0)
    throw new OraccleError("at least one sensitive attribute is required", ExitCode.usage);
  const bySensitive = list.map((attribute) => diversityOf(frame, keys, attribute, c));
  const minimum = (pick: (d: SensitiveDiversity) => number) =>
    bySensitive.reduce((m, d) => Math.min(m, pick(d)), Number.POSITIVE_INFINITY);
  const entropy = minimum((d) => d.entropy);
  return {
    c,
    distinct: minimum((d) => d.distinct),
    entropy,
    entropyL: Math.floor(entropy + 1e-9),
    recursive: minimum((d) => d.recursive),
    bySensitive,
  };
}

function diversityOf(
  frame: pl.DataFrame,
  keys: readonly string[],
  sensitive: string,
  c: number,
): SensitiveDiversity {
  const distributions = sensitiveDistributions(frame, keys, sensitive);
  const classes = distributions.classes.map((klass): ClassDiversity => {
    const present = klass.counts.filter((n) => n > 0).sort((a, b) => b - a);
    const entropy = Math.exp(-present.reduce((h, n) => h + (n / klass.size) * Math.log(n / klass.size), 0));
    return {
      representative: klass.representative,
      size: klass.size,
      distinct: present.length,
      entropy,
      recursive: recursiveL(present, c),
    };
  });
  const distinct = Math.min(...classes.map((k) => k.distinct));
  const entropy = Math.min(...classes.map((k) => k.entropy));
  const recursiveCForDistinct = distributions.classes.reduce((worst, klass) => {
    const present = klass.counts.filter((n) => n > 0).sort((a, b) => b - a);
    const tail = present.slice(distinct - 1).reduce((s, n) => s + n, 0);
    return Math.max(worst, tail === 0 ? Number.POSITIVE_INFINITY : present[0]! / tail);
  }, 0);
  return {
    sensitive,
    distinct,
    entropy,
    entropyL: Math.floor(entropy + 1e-9),
    recursive: Math.min(...classes.map((k) => k.recursive)),
    recursiveCForDistinct,
    classes,
  };
}

/**
 * Largest l such that r₁ < c·(r_l + … + r_m), counts sorted descending; at least 1, as sdcMicro's
 * `measure_risk_cpp` (which starts its scan at l = 2), so a single-valued class is 1 for any c.
 */
function recursiveL(descending: number[], c: number): number {
  const first = descending[0] ?? 0;
  // The tail sum shrinks as l grows, so the condition holds for l = 2…L and fails after.
  let tail = descending.slice(1).reduce((s, n) => s + n, 0);
  let best = 1;
  for (let l = 2; l <= descending.length; l++) {
    if (first < c * tail) best = l;
    else break;
    tail -= descending[l - 1] ?? 0;
  }
  return best;
}
