import { CountAccumulator, type CountInterval, sumFor } from "./count-interval.js";
import { SITUATION_LABELS } from "./formation-moves.js";
import { GAP, type ReleaseIndex } from "./release-index.js";

/**
 * One path between two sets of formations, with its students.
 *
 * @example
 * const path: PathRow = { etapes: [{ formation: "1-…", libelle: "PASS…" }, { formation: "4-…", libelle: "Master…" }], effectif };
 */
export interface PathRow {
  /** Years of the path, from the first year in the origin to the first year in the target (or to the end). */
  etapes: { formation: string | null; libelle: string }[];
  effectif: CountInterval;
}

/** Result of {@link pathsBetween}. */
export interface PathsResult {
  /** Every student on a matching path (all cohorts, masked ones as 1 to k − 1). */
  total: CountInterval;
  /** Number of distinct paths. */
  paths: number;
  /** The paths, most students first (smallest possible count), then by text. */
  rows: PathRow[];
}

/**
 * The cohorts whose trace goes through a formation of `from` and then, a later year, through a
 * formation of `to` (or, without `to`, every path after `from`), grouped by the part of their
 * trace between the two; without `from`, paths start at the first year of the trace ("how did they
 * get there?"). Each cohort counts once: from its first year in `from` to its next year
 * in `to`. A masked cohort makes the count an interval, and still answers "at least one person".
 *
 * @example
 * pathsBetween(index, new Set(pass), new Set(mastersBio)); // PASS → master en sciences de la vie
 */
export function pathsBetween(
  index: ReleaseIndex,
  from: Set<number> | null,
  to: Set<number> | null,
): PathsResult {
  const groups = new Map<string, CountAccumulator>();
  const total = new CountAccumulator(index.release.k);
  for (let c = 0; c + 1 < index.yearStart.length; c++) {
    const path = cohortPath(index, c, from, to);
    if (!path) continue;
    const key = path.join(",");
    const sum = sumFor(groups, key, index.release.k);
    const count = index.cohortCounts[c] ?? 0;
    sum.add(count);
    total.add(count);
  }
  const rows = [...groups.entries()]
    .map(([key, sum]) => ({ key, sum }))
    .sort((a, b) => b.sum.min - a.sum.min || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ key, sum }) => ({
      etapes: key.split(",").map((state) => step(index, Number(state))),
      effectif: sum.interval(),
    }));
  return { total: total.interval(), paths: rows.length, rows };
}

/** The formation indices of a cohort's years from `from` to `to`, or null when it does not match. */
function cohortPath(
  index: ReleaseIndex,
  cohort: number,
  from: Set<number> | null,
  to: Set<number> | null,
): number[] | null {
  const first = index.yearStart[cohort] ?? 0;
  const end = index.yearStart[cohort + 1] ?? 0;
  let start = from ? -1 : first;
  if (!from && to?.has(index.years[first] ?? GAP)) return [index.years[first] ?? GAP];
  for (let at = first; at < end; at++) {
    const formation = index.years[at] ?? GAP;
    if (start < 0) {
      if (from?.has(formation)) start = at;
    } else if (to?.has(formation)) {
      return Array.from(index.years.subarray(start, at + 1));
    }
  }
  if (start < 0 || to) return null;
  return Array.from(index.years.subarray(start, end));
}

function step(index: ReleaseIndex, state: number): { formation: string | null; libelle: string } {
  if (state === GAP) return { formation: null, libelle: SITUATION_LABELS.interruption };
  const entry = index.formations[state];
  return { formation: entry?.key ?? null, libelle: entry?.title ?? "" };
}
