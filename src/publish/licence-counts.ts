import pl from "nodejs-polars";
import { licenceCohort } from "../indicators/cohort-definition.js";
import { cohortOutcomes, type FollowUpInput } from "../indicators/cohort-outcomes.js";
import { selectCohort } from "../indicators/select-cohort.js";

/**
 * One licence cohort (néo-bacheliers entering L1 at `rentree`) counted for the indicator tables:
 * its students by breakdown value and by the value of every indicator (`__students`), so that any
 * category built from the indicators is a sum of these counts.
 *
 * @example
 * const { rentree, available, counts } = licence[0]; // counts: gd_discipline, passage_en_l2_1_an, …, __students
 */
export interface LicenceCounts {
  rentree: number;
  /** Per indicator name: observable for this cohort (right-censoring; the same in every partition). */
  available: Record<string, boolean>;
  /** The breakdown (as text), one Boolean column per indicator, `__students` (UInt32). */
  counts: pl.DataFrame;
}

/** What {@link countLicenceCohorts} follows the cohorts with, for one partition of students. */
export interface LicenceCountsInput extends FollowUpInput {
  /** Rentrées of the whole extract: a cohort is followed only when an earlier rentrée exists. */
  rentrees: readonly number[];
  /** Column the indicator tables break down by (`gd_discipline`). */
  breakdown: string;
}

/**
 * Follows the licence cohort of every rentrée after the first (`selectCohort`, `cohortOutcomes`,
 * the MESR definitions) in one partition of students and counts its students by breakdown and
 * indicator values. A cohort with no student in this partition is left out.
 *
 * @example
 * const partial = countLicenceCohorts({ principal, transitions: moves, resultats, window, rentrees, breakdown: "gd_discipline" });
 */
export function countLicenceCohorts(input: LicenceCountsInput): LicenceCounts[] {
  const counted: LicenceCounts[] = [];
  const first = input.rentrees[0];
  for (const rentree of input.rentrees) {
    // Same as `historyObserved` on the whole extract: some rentrée before this one.
    if (first === undefined || first >= rentree) continue;
    const cohort = selectCohort(input.principal, licenceCohort(rentree));
    if (cohort.students.height === 0) continue;
    const outcomes = cohortOutcomes(cohort, input);
    const names = outcomes.indicators.map((indicator) => indicator.name);
    const counts = outcomes.students
      .lazy()
      .select(
        pl.col(input.breakdown).cast(pl.Utf8).alias(input.breakdown),
        ...names.map((name) => pl.col(name)),
      )
      .groupBy([input.breakdown, ...names])
      .agg(pl.len().alias("__students"))
      .collectSync();
    counted.push({ rentree, available: outcomes.available, counts });
  }
  return counted;
}

/**
 * The licence cohorts' counts of the union of disjoint sets of students, in rentrée order.
 *
 * @example
 * const licence = mergeLicenceCounts([countLicenceCohorts(part1), countLicenceCohorts(part2)]);
 */
export function mergeLicenceCounts(parts: readonly LicenceCounts[][]): LicenceCounts[] {
  if (parts.length === 1) return parts[0]!;
  const byRentree = new Map<number, LicenceCounts[]>();
  for (const cohort of parts.flat())
    byRentree.set(cohort.rentree, [...(byRentree.get(cohort.rentree) ?? []), cohort]);
  return [...byRentree.keys()]
    .sort((a, b) => a - b)
    .map((rentree) => {
      const cohorts = byRentree.get(rentree)!;
      const keys = cohorts[0]!.counts.columns.filter((name) => name !== "__students");
      const counts = pl
        .concat(
          cohorts.map((cohort) => cohort.counts),
          { how: "vertical" },
        )
        .lazy()
        .groupBy(keys)
        .agg(pl.col("__students").sum().cast(pl.UInt32).alias("__students"))
        .collectSync();
      return { rentree, available: cohorts[0]!.available, counts };
    });
}
