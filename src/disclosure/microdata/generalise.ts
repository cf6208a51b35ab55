import pl from "nodejs-polars";
import { requireColumns } from "../../core/require-columns.js";
import { FRAME_SOURCE } from "./frame-checks.js";
import type { Hierarchy } from "./hierarchy.js";

/**
 * How to generalise one column: the hierarchy and the level to reach (0 = unchanged).
 *
 * @example
 * const step: GeneralisationStep = { hierarchy: ageHierarchy(), level: 2 }; // age → band
 */
export interface GeneralisationStep {
  /** Hierarchy of the column. */
  hierarchy: Hierarchy;
  /** Target level, 0…`hierarchy.height`. */
  level: number;
}

/**
 * Global recoding: replaces every value of the given columns by its label at the chosen level of
 * its hierarchy (ARX/sdcMicro `globalRecode`). Generalised columns become strings (labels); nulls
 * stay null; other columns and the row order are unchanged. Each column is recoded with one polars
 * `replace_strict` built from its distinct values, so the hierarchy is called once per distinct value.
 *
 * @param frame one row per record
 * @param steps column → hierarchy and level
 * @returns the recoded frame
 * @example
 * generalise(df, { age: { hierarchy: ageHierarchy(), level: 2 } });
 */
export function generalise(
  frame: pl.DataFrame,
  steps: Readonly<Record<string, GeneralisationStep>>,
): pl.DataFrame {
  const columns = Object.keys(steps);
  requireColumns(frame, columns, FRAME_SOURCE, { role: "generalised column" });
  const exprs = columns.map((column) => {
    const { hierarchy, level } = steps[column]!;
    const source = pl.col(column).cast(pl.Utf8);
    const distinct = (frame.getColumn(column).cast(pl.Utf8).unique().toArray() as (string | null)[]).filter(
      (v): v is string => v !== null,
    );
    // Called even at level 0 so that an unknown value is reported before anything is written.
    const labels = distinct.map((value) => hierarchy.generalise(value, level));
    if (distinct.length === 0) return source.alias(column);
    return source.replaceStrict(distinct, labels, pl.lit(null), pl.Utf8).alias(column);
  });
  return exprs.length === 0 ? frame : frame.withColumns(...exprs);
}
