import pl from "nodejs-polars";
import { type AttributeIndex, attributeIndex } from "./attribute-index.js";
import { CountAccumulator } from "./count-interval.js";
import { describeFormation, type FormationEntry, formationEntries } from "./formation-entries.js";
import type { Release } from "./release.js";

/** A year without enrolment in a trace. */
export const GAP = -1;

/**
 * The release's tables turned, once at start-up, into arrays the handlers read without copying:
 * every cohort's years as formation indices, and for every formation the cohorts that pass
 * through it. A request then touches only the cohorts of the formations it asks about.
 *
 * @example
 * const index = indexRelease(openRelease("out/open-data"));
 * index.formations[index.byKey.get("1-2171001-0755890V")!].title;
 */
export interface ReleaseIndex {
  release: Release;
  /** Formations (those of `formations.csv`, then any key seen only in traces). */
  formations: FormationEntry[];
  /** Formation key → position in {@link formations}. */
  byKey: Map<string, number>;
  /** `cohorteid` of each cohort. */
  cohortIds: string[];
  /** Published `effectif` of each cohort (0 = masked). */
  cohortCounts: Int32Array;
  /** Cohort c's years are `years[yearStart[c] … yearStart[c + 1] − 1]`. */
  yearStart: Int32Array;
  /** Formation index of each year of each cohort, {@link GAP} for a year without enrolment. */
  years: Int32Array;
  /** For each formation, pairs (cohort, rank of its first year in the formation), flattened. */
  passages: Int32Array[];
  /** Students of each formation (cohorts passing through it, each once). */
  students: CountAccumulator[];
  /** Cohort attribute tables by attribute name. */
  attributes: Map<string, AttributeIndex>;
}

/**
 * Builds the {@link ReleaseIndex} of a release.
 *
 * @example
 * const index = indexRelease(release);
 */
export function indexRelease(release: Release): ReleaseIndex {
  const { frames } = release;
  const formations = formationEntries(frames.formations, frames.labels);
  const byKey = new Map(formations.map((entry, i) => [entry.key, i]));
  const cohortIds = (frames.cohorts.getColumn("cohorteid").toArray() as unknown[]).map(String);
  const cohortCounts = Int32Array.from(frames.cohorts.getColumn("effectif").toArray() as number[], Number);
  const cohortOf = new Map(cohortIds.map((id, i) => [id, i]));

  // Only the principal enrolment of each year (element 1) is followed; `annee` is the dense rank of
  // the year, so a year without enrolment (a missing rank) stays a GAP.
  const steps = frames.steps.filter(pl.col("element").eq(pl.lit(1)));
  const stepCohort = (steps.getColumn("cohorteid").toArray() as unknown[]).map(
    (id) => cohortOf.get(String(id)) ?? -1,
  );
  const stepYear = (steps.getColumn("annee").toArray() as number[]).map((annee) => Number(annee) - 1);
  const stepKey = steps.getColumn("formation").toArray() as (string | null)[];
  const formationOf = (key: string | null): number => {
    if (!key) return GAP;
    let found = byKey.get(key);
    if (found === undefined) {
      found = formations.push(describeFormation(key, {}, frames.labels)) - 1;
      byKey.set(key, found);
    }
    return found;
  };

  // Counting sort of the steps by cohort, then each cohort's years put at their rank.
  const yearStart = new Int32Array(cohortIds.length + 1);
  stepCohort.forEach((cohort, i) => {
    if (cohort >= 0) yearStart[cohort + 1] = Math.max(yearStart[cohort + 1] ?? 0, (stepYear[i] ?? 0) + 1);
  });
  for (let c = 0; c < cohortIds.length; c++) yearStart[c + 1] = (yearStart[c + 1] ?? 0) + (yearStart[c] ?? 0);
  const years = new Int32Array(yearStart[cohortIds.length] ?? 0).fill(GAP);
  stepCohort.forEach((cohort, i) => {
    if (cohort >= 0) years[(yearStart[cohort] ?? 0) + (stepYear[i] ?? 0)] = formationOf(stepKey[i] ?? null);
  });

  const { passages, students } = passagesOf(formations.length, cohortCounts, yearStart, years);
  const attributes = new Map(
    Object.entries(frames.attributes).map(([name, frame]) => [
      name,
      attributeIndex(name, frame, cohortOf, frames.labels),
    ]),
  );
  return {
    release,
    formations,
    byKey,
    cohortIds,
    cohortCounts,
    yearStart,
    years,
    passages,
    students,
    attributes,
  };
}

/** For every formation, the cohorts passing through it and the rank of their first year there. */
function passagesOf(formations: number, counts: Int32Array, yearStart: Int32Array, years: Int32Array) {
  const lists: number[][] = Array.from({ length: formations }, () => []);
  const students = Array.from({ length: formations }, () => new CountAccumulator());
  for (let c = 0; c + 1 < yearStart.length; c++) {
    const seen = new Set<number>();
    for (let at = yearStart[c] ?? 0; at < (yearStart[c + 1] ?? 0); at++) {
      const formation = years[at] ?? GAP;
      if (formation === GAP || seen.has(formation)) continue;
      seen.add(formation);
      lists[formation]?.push(c, at - (yearStart[c] ?? 0));
      students[formation]?.add(counts[c] ?? 0);
    }
  }
  return { passages: lists.map((list) => Int32Array.from(list)), students };
}
