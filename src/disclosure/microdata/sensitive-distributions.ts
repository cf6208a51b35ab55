import pl from "nodejs-polars";
import { ExitCode, OraccleError } from "../../core/errors.js";
import { requireColumns } from "../../core/require-columns.js";
import { FRAME_SOURCE, INTERNAL, over, requireKeys } from "./frame-checks.js";

/**
 * Distribution of a sensitive attribute inside one equivalence class.
 *
 * @example
 * const first: ClassDistribution | undefined = sensitiveDistributions(df, keys, "resdip").classes[0];
 */
export interface ClassDistribution {
  /** 0-based index of the first record of the class (identifies the class). */
  representative: number;
  /** Number of records in the class. */
  size: number;
  /** Count per sensitive value, indexed like {@link SensitiveDistributions.values}. */
  counts: number[];
}

/**
 * Sensitive-attribute distributions per equivalence class and over the whole frame.
 *
 * @example
 * const d: SensitiveDistributions = sensitiveDistributions(df, ["sexe"], "niveau", ["01", "02", "03"]);
 */
export interface SensitiveDistributions {
  /** The distinct sensitive values (null included), in the order used by the ordered distance. */
  values: unknown[];
  /** Count of each value over the whole frame. */
  totals: number[];
  /** Number of records. */
  records: number;
  /** One entry per equivalence class, in order of first appearance. */
  classes: ClassDistribution[];
}

/**
 * Groups the records into equivalence classes on the keys (a null key value is one more category,
 * as in ARX and pycanon: a partition is needed here, which wildcard matching would not give) and
 * counts the values of one sensitive attribute in each class and overall, with one polars
 * `group_by` on (class, value). Shared by l-diversity, t-closeness, δ-disclosure and β-likeness.
 *
 * Values are ordered numerically for numeric attributes and lexically otherwise, nulls last,
 * unless `order` lists them (every observed value must then appear in `order`).
 *
 * @example
 * const d = sensitiveDistributions(df, ["sexe", "age"], "resdip");
 * d.classes[0]?.counts; // e.g. [3, 1] for values ["N", "O"]
 */
export function sensitiveDistributions(
  frame: pl.DataFrame,
  keys: readonly string[],
  sensitive: string,
  order?: readonly unknown[],
): SensitiveDistributions {
  requireKeys(frame, keys);
  requireColumns(frame, [sensitive], FRAME_SOURCE, { role: "sensitive attribute" });
  if (keys.includes(sensitive)) {
    throw new OraccleError(`sensitive attribute '${sensitive}' is also a key variable`, ExitCode.usage);
  }
  if (frame.height === 0) {
    throw new OraccleError(`no records: '${sensitive}' has no distribution to measure`, ExitCode.usage);
  }
  const numeric = frame.getColumn(sensitive).isNumeric();
  const grouped = frame
    .withRowIndex(INTERNAL.row)
    .withColumns(over(pl.col(INTERNAL.row).min(), keys).alias(INTERNAL.representative))
    .groupBy([INTERNAL.representative, sensitive])
    .len()
    .sort(INTERNAL.representative);
  const reps = grouped.getColumn(INTERNAL.representative).toArray() as number[];
  const raw = grouped.getColumn(sensitive).toArray() as unknown[];
  const lens = grouped.getColumn("len").toArray() as number[];

  const distinct = new Map<string, unknown>();
  for (const value of raw) distinct.set(valueKey(value), value);
  let values: unknown[];
  if (order !== undefined) {
    const known = new Set(order.map(valueKey));
    for (const [key, value] of distinct) {
      if (!known.has(key)) {
        throw new OraccleError(
          `value '${String(value)}' of '${sensitive}' is missing from the given order`,
          ExitCode.usage,
        );
      }
    }
    values = order.filter((v) => distinct.has(valueKey(v)));
  } else {
    values = [...distinct.values()].sort((a, b) => compareValues(a, b, numeric));
  }
  const position = new Map(values.map((v, i) => [valueKey(v), i]));

  const totals = values.map(() => 0);
  const classes: ClassDistribution[] = [];
  let current: ClassDistribution | undefined;
  for (let i = 0; i < reps.length; i++) {
    const rep = Number(reps[i]);
    if (current === undefined || current.representative !== rep) {
      current = { representative: rep, size: 0, counts: values.map(() => 0) };
      classes.push(current);
    }
    const at = position.get(valueKey(raw[i]))!;
    const count = lens[i] ?? 0;
    current.counts[at]! += count;
    current.size += count;
    totals[at]! += count;
  }
  return { values, totals, records: frame.height, classes };
}

function valueKey(value: unknown): string {
  return value === null || value === undefined ? "null" : `${typeof value}:${String(value)}`;
}

function compareValues(a: unknown, b: unknown, numeric: boolean): number {
  if (a === null || a === undefined) return b === null || b === undefined ? 0 : 1;
  if (b === null || b === undefined) return -1;
  if (numeric) return Number(a) - Number(b);
  const sa = String(a);
  const sb = String(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}
