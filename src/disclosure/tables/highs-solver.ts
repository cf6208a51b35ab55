import type { Highs } from "highs";
import { OraccleError } from "../../core/errors.js";

/**
 * The part of the HiGHS solver the table protection uses: `solve(lp)` on a model written in CPLEX
 * LP format. Pass your own instance (e.g. in tests) or let {@link loadHighs} create one.
 *
 * @example
 * const solver: LpSolver = await loadHighs();
 */
export type LpSolver = Pick<Highs, "solve">;

type HighsLoader = () => Promise<Highs>;

let shared: Promise<LpSolver> | undefined;

/**
 * Loads the HiGHS LP/MIP solver (WebAssembly, bundled with the `highs` package: no download) once
 * per process and returns the shared instance; later calls reuse it.
 *
 * @example
 * const highs = await loadHighs();
 * highs.solve("Maximize\n obj: x\nSubject To\n c: x <= 3\nEnd").ObjectiveValue; // 3
 */
export function loadHighs(): Promise<LpSolver> {
  shared ??= import("highs").then((module) => {
    // The package ships ESM (default export = loader) and CJS typings (module.exports = loader):
    // accept both shapes so that Node, vitest and tslab's CommonJS all get the loader.
    const candidate = module.default as unknown as HighsLoader | { default: HighsLoader };
    const loader = typeof candidate === "function" ? candidate : candidate.default;
    return loader();
  });
  return shared;
}

/**
 * Result of optimising one linear objective: the optimum with the primal values, or that the
 * problem is unbounded or infeasible.
 *
 * @example
 * const outcome: LpOutcome = { status: "optimal", value: 3, primal: { x: 3 } };
 */
export type LpOutcome =
  | { status: "optimal"; value: number; primal: Record<string, number> }
  | { status: "unbounded" }
  | { status: "infeasible" };

/**
 * Solves an LP given in CPLEX LP format and reduces HiGHS' answer to optimal / unbounded /
 * infeasible. Any other status (solver error, limit reached) is an error: an audit must never
 * silently pass because the solver gave up.
 *
 * @throws OraccleError when HiGHS reports anything but a definite answer.
 * @example
 * solveLp(await loadHighs(), "Maximize\n obj: x\nSubject To\n c: x <= 3\nEnd"); // { status: "optimal", value: 3, primal: { x: 3 } }
 */
export function solveLp(solver: LpSolver, lp: string): LpOutcome {
  const solution = solver.solve(lp, QUIET);
  switch (solution.Status) {
    case "Optimal":
      return { status: "optimal", value: solution.ObjectiveValue, primal: primalValues(solution.Columns) };
    case "Unbounded":
      return { status: "unbounded" };
    case "Infeasible":
      return { status: "infeasible" };
    case "Primal infeasible or unbounded": {
      // Presolve could not tell: solve again without it to get a definite answer.
      const retry = solver.solve(lp, { ...QUIET, presolve: "off" });
      if (retry.Status === "Unbounded") return { status: "unbounded" };
      if (retry.Status === "Infeasible") return { status: "infeasible" };
      if (retry.Status === "Optimal") {
        return { status: "optimal", value: retry.ObjectiveValue, primal: primalValues(retry.Columns) };
      }
      throw new OraccleError(`the LP solver gave no definite answer (${retry.Status})`);
    }
    default:
      throw new OraccleError(`the LP solver gave no definite answer (${solution.Status})`);
  }
}

// HiGHS writes a log of every solve to the Emscripten stdout, which nobody reads: with hundreds of
// small LPs per publication, formatting and discarding it was a tenth of the solve time. The
// option only silences the log; the solution is the same.
const QUIET = { output_flag: false } as const;

/**
 * Formats a coefficient or right-hand side for the CPLEX LP format: plain decimals (no exponent
 * for small numbers) and no `-0`.
 *
 * @example
 * lpNumber(1e-7); // "0.000000100000"
 */
export function lpNumber(value: number): string {
  if (Object.is(value, -0) || value === 0) return "0";
  const text = String(value);
  return text.includes("e") ? value.toFixed(12) : text;
}

/** Column name → primal value of an optimal HiGHS solution. */
function primalValues(columns: Record<string, unknown>): Record<string, number> {
  const primal: Record<string, number> = {};
  for (const [name, column] of Object.entries(columns)) {
    primal[name] = (column as { Primal?: number }).Primal ?? 0;
  }
  return primal;
}
