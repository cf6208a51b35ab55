import pl from "nodejs-polars";
import type { ObservationWindow } from "../indicators/observation-window.js";
import type { BpbacUse } from "./add-bpbac.js";
import { mergeTraceCounts, type TraceCounts } from "./cohort-counts.js";
import { mergeFormationCodes } from "./formation-codes.js";
import { type LicenceCounts, mergeLicenceCounts } from "./licence-counts.js";

/**
 * The students' paths as the tables of a release need them: unmasked counts only, each one a sum
 * over students, so that the counts of partitions of students add up to those of the whole
 * extract ({@link mergePathCounts}). Built by `countPaths`; every table builds from these.
 *
 * @example
 * const { rentrees, flows } = context.paths;
 */
export interface PathCounts {
  /** The rentrées with at least one principal enrolment, sorted. */
  rentrees: number[];
  /** Years covered by the extract (right-censoring of the indicators). */
  window: ObservationWindow;
  /** `rentree`, `enrolments`: principal enrolments per rentrée. */
  enrolments: pl.DataFrame;
  /** `rentree`, `situation`, `next_situation` (codes), `__students`: moves of enrolled students. */
  flows: pl.DataFrame;
  /** `formation` and its SISE codes (see `formationCodes`). */
  formations: pl.DataFrame;
  /** The licence cohorts followed, by rentrée. */
  licence: LicenceCounts[];
  /** Cohorts of identical paths, their attributes and successes, keyed by trace. */
  cohorts: TraceCounts;
  /** Present when the paths include a BPBAC extract (lycée post-bac classes). */
  bpbac?: BpbacUse;
}

/** The counts of one partition of students: {@link PathCounts} without what the whole extract decides. */
export type PartitionCounts = Omit<PathCounts, "rentrees" | "window" | "bpbac">;

/**
 * Adds the counts of disjoint partitions of students: the counts of the whole extract.
 *
 * @example
 * const paths = mergePathCounts(parts, { rentrees, window });
 */
export function mergePathCounts(
  parts: readonly PartitionCounts[],
  whole: Pick<PathCounts, "rentrees" | "window" | "bpbac">,
): PathCounts {
  const sum = (frames: pl.DataFrame[], value: string) => {
    if (frames.length === 1) return frames[0]!;
    const keys = frames[0]!.columns.filter((name) => name !== value);
    return pl
      .concat(frames, { how: "vertical" })
      .lazy()
      .groupBy(keys)
      .agg(pl.col(value).sum().cast(pl.UInt32).alias(value))
      .sort(keys)
      .collectSync();
  };
  return {
    ...whole,
    enrolments: sum(
      parts.map((part) => part.enrolments),
      "enrolments",
    ),
    flows: sum(
      parts.map((part) => part.flows),
      "__students",
    ),
    formations: mergeFormationCodes(parts.map((part) => part.formations)),
    licence: mergeLicenceCounts(parts.map((part) => part.licence)),
    cohorts: mergeTraceCounts(parts.map((part) => part.cohorts)),
  };
}
