import { ExitCode, OraccleError } from "../../core/errors.js";
import type { SequenceDistanceOptions } from "./sequence-distance-options.js";
import {
  type SubstitutionCostMethod,
  type SubstitutionCosts,
  substitutionCosts,
  type TimeVaryingSubstitutionCosts,
  timeVaryingSubstitutionCosts,
} from "./substitution-costs.js";

/**
 * The substitution costs of OM or HAM from `options.sm` (or `fallback`): computed from the data for
 * `"CONSTANT"` and `"TRATE"` (with `cval`), else the given matrix, checked; `indel` is the `"auto"`
 * indel cost of `seqdist`.
 *
 * @example
 * resolveMatrix(sequences, { alphabetSize: 2, method: "OM", sm: [[0, 1], [1, 0]] }, 2, 2).indel; // 0.5
 */
export function resolveMatrix(
  sequences: readonly Int32Array[],
  options: SequenceDistanceOptions,
  n: number,
  cval: number,
  fallback?: SubstitutionCostMethod,
): SubstitutionCosts {
  const sm = options.sm ?? fallback;
  if (sm === "CONSTANT" || sm === "TRATE") {
    return substitutionCosts(sequences, {
      alphabetSize: options.alphabetSize,
      withMissing: options.withMissing,
      method: sm,
      cval,
      weights: options.weights,
    });
  }
  if (sm === undefined) throw new OraccleError("substitution costs (sm) are required", ExitCode.usage);
  let costs: Float64Array;
  if (Array.isArray(sm)) {
    const rows = sm as readonly (readonly number[])[];
    if (rows.length !== n || rows.some((r) => r.length !== n)) {
      throw new OraccleError(
        `sm must be a ${n} × ${n} matrix (one row and column per state)`,
        ExitCode.usage,
      );
    }
    costs = Float64Array.from(rows.flat());
  } else if ("length" in sm && typeof sm.length === "number") {
    throw new OraccleError(
      `time-varying costs are only meaningful for DHD, not ${options.method}`,
      ExitCode.usage,
    );
  } else {
    const given = sm as SubstitutionCosts;
    if (given.size !== n)
      throw new OraccleError(`sm has ${given.size} states, the sequences ${n}`, ExitCode.usage);
    costs = given.costs;
  }
  checkCostMatrix(costs, n, 1);
  let max = 0;
  for (const c of costs) if (c > max) max = c;
  // seqdist: with a user matrix, indel "auto" is max(sm)/2.
  return { size: n, costs, indel: max / 2 };
}

/**
 * The time-varying substitution costs of DHD from `options.sm` (default `"TRATE"` with cval 4),
 * checked to cover `n` states and `length` positions.
 *
 * @example
 * resolveTimeVarying(sequences, { alphabetSize: 2, method: "DHD" }, 2, 3); // Float64Array of 3 × 2 × 2 costs
 */
export function resolveTimeVarying(
  sequences: readonly Int32Array[],
  options: SequenceDistanceOptions,
  n: number,
  length: number,
): Float64Array {
  const sm = options.sm ?? "TRATE";
  if (sm === "CONSTANT") {
    throw new OraccleError("sm = 'CONSTANT' is not relevant for DHD, consider HAM instead", ExitCode.usage);
  }
  if (sm === "TRATE") {
    return timeVaryingSubstitutionCosts(sequences, {
      alphabetSize: options.alphabetSize,
      withMissing: options.withMissing,
      method: "TRATE",
      cval: 4,
      weights: options.weights,
    }).costs;
  }
  if (!Array.isArray(sm) && "length" in sm && typeof sm.length === "number") {
    const tv = sm as TimeVaryingSubstitutionCosts;
    if (tv.size !== n || tv.length < length) {
      throw new OraccleError(`DHD costs must cover ${n} states and ${length} positions`, ExitCode.usage);
    }
    checkCostMatrix(tv.costs, n, tv.length);
    return tv.costs;
  }
  throw new OraccleError(
    "DHD needs time-varying costs ('TRATE' or a TimeVaryingSubstitutionCosts)",
    ExitCode.usage,
  );
}

/** TraMineR's checkcost: non-negative, zero diagonal, symmetric (asymmetric costs would make d(x,y) ≠ d(y,x)). */
function checkCostMatrix(costs: Float64Array, n: number, slices: number): void {
  for (let t = 0; t < slices; t++) {
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        const c = costs[(t * n + i) * n + j]!;
        if (!Number.isFinite(c) || c < 0)
          throw new OraccleError(
            `substitution cost (${i}, ${j}) is ${c}; costs must be >= 0`,
            ExitCode.usage,
          );
        if (i === j && c !== 0)
          throw new OraccleError(`substitution cost (${i}, ${i}) must be 0`, ExitCode.usage);
        if (c !== costs[(t * n + j) * n + i])
          throw new OraccleError(`substitution costs are not symmetric at (${i}, ${j})`, ExitCode.usage);
      }
    }
  }
}
