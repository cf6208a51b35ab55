import type { AdditiveLogit } from "./additive-logit.js";
import { LICENCE_TARGETS, type LicenceStratumTarget } from "./calibration-targets.js";
import type { ExpectedLicenceOutcomes } from "./expected-licence-outcomes.js";
import type { ProfileCell } from "./licence-entrant-profile.js";
import { logit } from "./logit.js";

type Factor = "series" | "mention" | "age" | "sexe" | "gd";
/** The characteristics whose effects are fitted, in sweep order. */
export const FITTED_FACTORS: readonly Factor[] = ["series", "mention", "age", "sexe", "gd"];

function targetsFor(factor: Factor): Record<string, LicenceStratumTarget> {
  return LICENCE_TARGETS[factor] as Record<string, LicenceStratumTarget>;
}

interface CellState {
  cell: ProfileCell;
  outcomes: ExpectedLicenceOutcomes;
}

/**
 * One iterative-proportional-fitting sweep on the logit scale: for each characteristic and
 * category with a published rate, adds logit(target) − logit(current expected rate) to its
 * effect, then recomputes the expected rates. Converges to effects whose expected one-way
 * margins equal the targets.
 */
export function fitStage(
  model: AdditiveLogit,
  cells: ProfileCell[],
  measure: keyof ExpectedLicenceOutcomes,
  targetOf: (t: LicenceStratumTarget) => number,
  evaluate: (cell: ProfileCell) => ExpectedLicenceOutcomes,
  sweeps: number,
  gaussSeidel: boolean,
  damping = 1,
): void {
  let states: CellState[] = cells.map((cell) => ({ cell, outcomes: evaluate(cell) }));
  for (let sweep = 0; sweep < sweeps; sweep++) {
    for (const factor of FITTED_FACTORS) {
      const targets = targetsFor(factor);
      const sums = new Map<string, { w: number; x: number }>();
      for (const { cell, outcomes } of states) {
        const key = cell[factor];
        const s = sums.get(key) ?? { w: 0, x: 0 };
        s.w += cell.weight;
        s.x += cell.weight * outcomes[measure];
        sums.set(key, s);
      }
      for (const [key, s] of sums) {
        const target = targets[key];
        if (!target) continue;
        const current = Math.min(Math.max(s.x / s.w, 1e-6), 1 - 1e-6);
        (model[factor] as Record<string, number>)[key]! +=
          damping * (logit(targetOf(target) / 100) - logit(current));
      }
      // Gauss–Seidel re-evaluates after each characteristic (exact but costly); Jacobi once per
      // sweep, damped, which is enough when each evaluation is a four-year propagation.
      if (gaussSeidel) states = cells.map((cell) => ({ cell, outcomes: evaluate(cell) }));
    }
    if (!gaussSeidel) states = cells.map((cell) => ({ cell, outcomes: evaluate(cell) }));
  }
}
