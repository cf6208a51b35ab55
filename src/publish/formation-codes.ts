import pl from "nodejs-polars";
import { withTraceElement } from "../trajectories/traces.js";

/** The SISE codes of a formation, in the order ties are broken. */
const CODES = [
  "typ_dipl",
  "diplom",
  "niveau",
  "cursus_lmd",
  "discipli",
  "groupe",
  "sectdis",
  "gd_discipline",
  "compos",
  "etabli",
];

/**
 * The codes of every formation (trace element) of some principal enrolments, one row per
 * formation: `formation` and the SISE codes as text. A formation seen with several codes keeps
 * the smallest (every column in the sort), whatever the order of the rows — so the codes of
 * disjoint sets of students merge into the codes of their union ({@link mergeFormationCodes}).
 *
 * @example
 * const codes = formationCodes(principal); // formation, typ_dipl, diplom, …
 */
export function formationCodes(principal: pl.DataFrame): pl.DataFrame {
  const present = CODES.filter((name) => principal.columns.includes(name));
  const text = (name: string) =>
    present.includes(name) ? pl.col(name).cast(pl.Utf8).alias(name) : pl.lit(null).cast(pl.Utf8).alias(name);
  // Same key as the trace elements, so every formation of a trace is described.
  return smallestCodes(
    withTraceElement(principal).select(pl.col("__element").alias("formation"), ...CODES.map(text)),
  );
}

/**
 * The formation codes of the union of disjoint sets of students (see {@link formationCodes}).
 *
 * @example
 * const codes = mergeFormationCodes([formationCodes(p1), formationCodes(p2)]);
 */
export function mergeFormationCodes(parts: readonly pl.DataFrame[]): pl.DataFrame {
  return parts.length === 1 ? parts[0]! : smallestCodes(pl.concat([...parts], { how: "vertical" }).lazy());
}

function smallestCodes(rows: pl.LazyDataFrame): pl.DataFrame {
  return rows
    .sort(["formation", ...CODES])
    .unique({ subset: ["formation"], keep: "first", maintainOrder: true })
    .collectSync();
}
