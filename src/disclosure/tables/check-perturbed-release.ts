import type { PerturbationTable } from "./perturbation-table.js";

/**
 * One published cell of a perturbed release, as the check sees it (inside the secure environment).
 *
 * @example
 * const cell: PerturbedCell = { id: "cohortes.csv#12", records: "cohort:12", trueCount: 3, published: 5 };
 */
export interface PerturbedCell {
  /** Where the cell is published (file and row), for the report. */
  id: string;
  /** Identifies the set of records counted (same set ⇒ same published value expected). */
  records: string;
  /** True count. */
  trueCount: number;
  /** Published count. */
  published: number;
}

/**
 * Overlapping published aggregates: a parent cell and the cells that split it, by id. The true
 * difference parent − Σ parts is what a differencing attack estimates.
 *
 * @example
 * const nest: NestedCells = { parent: "total#1", parts: ["a#1", "b#1"] };
 */
export interface NestedCells {
  parent: string;
  parts: string[];
}

/** A failed check. */
export interface PerturbationFailure {
  check: "blocked-small-value" | "outside-table" | "inconsistent-cell" | "differencing-unbounded";
  id: string;
  message: string;
}

/** Verdict of {@link checkPerturbedRelease}. */
export interface PerturbationVerdict {
  passed: boolean;
  failures: PerturbationFailure[];
  /** Cells checked. */
  cells: number;
  /** Largest |published − true| found. */
  maxDeviation: number;
}

/**
 * Release checks of the cell-key method, run on the cells about to be published:
 *
 * 1. **blocked small values** — no published count in 1 … js (`blockedUpTo`): a published 1–4 would
 *    state that the true count is small and, when unperturbed, exact;
 * 2. **from the table** — every (true, published) pair has a positive probability in the perturbation
 *    table, hence |published − true| ≤ D (noise drawn elsewhere, or none, fails);
 * 3. **same cell, same value** — cells counting the same records are published with the same value,
 *    so asking twice (or in two tables) cannot average the noise away;
 * 4. **differencing bounded** — for each nest of overlapping aggregates, the published difference
 *    parent − Σ parts is within (parts + 1)·D of the true one, and a true difference of 1 … js is
 *    never published exactly by every cell of the nest being unperturbed.
 *
 * @param cells every published perturbed cell
 * @param table the perturbation table the release claims to use
 * @param nests overlapping aggregates to check for differencing (default none)
 * @example
 * const verdict = checkPerturbedRelease(cells, perturbationTable());
 * if (!verdict.passed) console.log(verdict.failures[0].message);
 */
export function checkPerturbedRelease(
  cells: readonly PerturbedCell[],
  table: PerturbationTable,
  nests: readonly NestedCells[] = [],
): PerturbationVerdict {
  const { blockedUpTo: js, maxDeviation: D } = table.parameters;
  const failures: PerturbationFailure[] = [];
  const bySet = new Map<string, PerturbedCell>();
  let maxDeviation = 0;
  for (const cell of cells) {
    const deviation = Math.abs(cell.published - cell.trueCount);
    maxDeviation = Math.max(maxDeviation, deviation);
    if (cell.published >= 1 && cell.published <= js) {
      failures.push({
        check: "blocked-small-value",
        id: cell.id,
        message: `${cell.id} : effectif publié ${cell.published} (entre 1 et ${js})`,
      });
    }
    if (probability(table, cell.trueCount, cell.published) <= 0) {
      failures.push({
        check: "outside-table",
        id: cell.id,
        message: `${cell.id} : ${cell.trueCount} publié ${cell.published}, issue impossible dans la table de perturbation (écart maximal ${D})`,
      });
    }
    const seen = bySet.get(cell.records);
    if (seen !== undefined && seen.published !== cell.published) {
      failures.push({
        check: "inconsistent-cell",
        id: cell.id,
        message: `${cell.id} et ${seen.id} comptent les mêmes individus mais sont publiés ${cell.published} et ${seen.published}`,
      });
    }
    if (seen === undefined) bySet.set(cell.records, cell);
  }
  failures.push(...differencingFailures(cells, nests, js, D));
  return { passed: failures.length === 0, failures, cells: cells.length, maxDeviation };
}

function differencingFailures(
  cells: readonly PerturbedCell[],
  nests: readonly NestedCells[],
  js: number,
  D: number,
): PerturbationFailure[] {
  const byId = new Map(cells.map((c) => [c.id, c]));
  const failures: PerturbationFailure[] = [];
  for (const nest of nests) {
    const members = [nest.parent, ...nest.parts].map((id) => byId.get(id));
    if (members.some((m) => m === undefined)) continue;
    const [parent, ...parts] = members as PerturbedCell[];
    const trueDifference = parent!.trueCount - parts.reduce((s, p) => s + p.trueCount, 0);
    const publishedDifference = parent!.published - parts.reduce((s, p) => s + p.published, 0);
    const error = Math.abs(publishedDifference - trueDifference);
    const exactSmall =
      trueDifference >= 1 && trueDifference <= js && members.every((m) => m!.published === m!.trueCount);
    if (error > (parts.length + 1) * D || exactSmall) {
      failures.push({
        check: "differencing-unbounded",
        id: nest.parent,
        message: `${nest.parent} moins ses parties donne ${publishedDifference} pour ${trueDifference} réellement${exactSmall ? " : petit effectif révélé exactement" : ""}`,
      });
    }
  }
  return failures;
}

/** Probability that a true count is published as the given value. */
function probability(table: PerturbationTable, count: number, published: number): number {
  if (count < 0 || !Number.isInteger(count)) return 0;
  if (count < table.rows.length) {
    return table.rows[count]!.outcomes.find((o) => o.published === published)?.probability ?? 0;
  }
  return table.rows.at(-1)!.outcomes.find((o) => o.noise === published - count)?.probability ?? 0;
}
