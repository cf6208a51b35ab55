import { type CountAccumulator, type CountInterval, sumFor } from "./count-interval.js";
import { GAP, type ReleaseIndex } from "./release-index.js";

/** Where a cohort is at some year relative to its first year in a formation. */
export type Situation = "formation" | "interruption" | "sans_inscription" | "premiere_inscription";

/** French labels of the situations that are not a formation. */
export const SITUATION_LABELS: Record<Exclude<Situation, "formation">, string> = {
  interruption: "Interruption (année sans inscription)",
  sans_inscription: "Plus d'inscription observée (sortie ou fin de la période)",
  premiere_inscription: "Première inscription observée (entrée dans le supérieur ou dans le champ)",
};

/**
 * One row of a formation's devenir or origin: a situation (a formation, or one of the
 * {@link SITUATION_LABELS}) and the students in it, as an interval.
 *
 * @example
 * const row: MoveRow = { situation: "formation", formation: "2-2500001-0755976N", libelle: "Licence…", effectif };
 */
export interface MoveRow {
  situation: Situation;
  /** Formation key, when the situation is a formation. */
  formation: string | null;
  /** French label of the formation or situation. */
  libelle: string;
  effectif: CountInterval;
}

/**
 * Where the students of a formation are `offset` years after their first year in it (offset 1:
 * the year after; negative: where they came from). Each cohort passing through the formation
 * counts once, from its first year there.
 *
 * @example
 * formationMoves(index, index.byKey.get("1-2171001-0755890V")!, 1); // devenir un an après
 */
export function formationMoves(index: ReleaseIndex, formation: number, offset: number): MoveRow[] {
  const groups = new Map<number, CountAccumulator>();
  const passages = index.passages[formation] ?? new Int32Array();
  for (let p = 0; p < passages.length; p += 2) {
    const cohort = passages[p] ?? 0;
    const at = (passages[p + 1] ?? 0) + offset;
    const length = (index.yearStart[cohort + 1] ?? 0) - (index.yearStart[cohort] ?? 0);
    // Codes below GAP stand for the situations without a formation.
    const state = at < 0 ? -3 : at >= length ? -2 : (index.years[(index.yearStart[cohort] ?? 0) + at] ?? GAP);
    const sum = sumFor(groups, state, index.release.k);
    sum.add(index.cohortCounts[cohort] ?? 0);
  }
  return [...groups.entries()]
    .sort(([a, x], [b, y]) => y.min - x.min || compareStates(index, a, b))
    .map(([state, sum]) => moveRow(index, state, sum.interval()));
}

function compareStates(index: ReleaseIndex, a: number, b: number): number {
  const key = (state: number) => (state >= 0 ? (index.formations[state]?.key ?? "") : `~${-state}`);
  return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
}

function moveRow(index: ReleaseIndex, state: number, effectif: CountInterval): MoveRow {
  if (state >= 0) {
    const entry = index.formations[state];
    return { situation: "formation", formation: entry?.key ?? null, libelle: entry?.title ?? "", effectif };
  }
  const situation =
    state === GAP ? "interruption" : state === -2 ? "sans_inscription" : "premiere_inscription";
  return { situation, formation: null, libelle: SITUATION_LABELS[situation], effectif };
}
