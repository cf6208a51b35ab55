import { foldText } from "./formation-entries.js";
import type { ReleaseIndex } from "./release-index.js";

/**
 * Which formations a request designates: an exact key, and/or words to find in the labels
 * (diploma, discipline, establishment name or UAI; accent- and case-insensitive, every word must
 * appear), and/or a cursus (`L`, `M`, `D`). Empty filter = every formation.
 *
 * @example
 * const target: FormationFilter = { q: "sciences de la vie", cursus: "M" };
 */
export interface FormationFilter {
  /** Exact formation key (`degetu-diplom-uai`). */
  key?: string | undefined;
  /** Words to find in the formation's labels. */
  q?: string | undefined;
  /** LMD cursus of the formation (`cursus_lmd` column): `L`, `M` or `D`. */
  cursus?: string | undefined;
}

/**
 * The formations matching a filter, ordered by number of students (smallest possible count,
 * descending) then key, so that pages and pagination are stable.
 *
 * @example
 * matchFormations(index, { q: "pass" }); // indices of the PASS formations, largest first
 */
export function matchFormations(index: ReleaseIndex, filter: FormationFilter): number[] {
  const words = foldText(filter.q ?? "")
    .split(" ")
    .filter(Boolean);
  const found: number[] = [];
  index.formations.forEach((entry, i) => {
    if (filter.key && entry.key !== filter.key) return;
    if (filter.cursus && entry.codes.cursus_lmd !== filter.cursus) return;
    if (words.some((word) => !entry.searchText.includes(word))) return;
    found.push(i);
  });
  return found.sort(
    (a, b) =>
      (index.students[b]?.min ?? 0) - (index.students[a]?.min ?? 0) ||
      compareText(index.formations[a]?.key ?? "", index.formations[b]?.key ?? ""),
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Formations close to an unknown key or text, for a 404's suggestions: those sharing the most
 * parts of the key (diploma code, UAI) or words, largest first.
 *
 * @example
 * suggestFormations(index, "1-2171001-0755890X"); // formations of diploma 2171001 or UAI 0755890…
 */
export function suggestFormations(index: ReleaseIndex, text: string, limit = 5): number[] {
  const parts = new Set(
    foldText(text)
      .split(" ")
      .filter((part) => part.length >= 2),
  );
  if (parts.size === 0) return [];
  const scored: { i: number; score: number }[] = [];
  index.formations.forEach((entry, i) => {
    const words = new Set(entry.searchText.split(" "));
    let score = 0;
    for (const part of parts) if (words.has(part)) score += 1;
    if (score > 0) scored.push({ i, score });
  });
  return scored
    .sort(
      (a, b) =>
        b.score - a.score ||
        (index.students[b.i]?.min ?? 0) - (index.students[a.i]?.min ?? 0) ||
        compareText(index.formations[a.i]?.key ?? "", index.formations[b.i]?.key ?? ""),
    )
    .slice(0, limit)
    .map((entry) => entry.i);
}
