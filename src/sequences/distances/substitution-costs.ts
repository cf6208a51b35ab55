import { ExitCode, OraccleError } from "../../core/errors.js";
import { type EncodedSequenceOptions, stateCount } from "./encoded-sequences.js";
import { encodedTransitionRates } from "./encoded-transition-rates.js";

/**
 * How substitution costs are derived (TraMineR `seqcost(method = …)`): `"CONSTANT"` gives every
 * substitution the same cost `cval`; `"TRATE"` derives them from transition rates.
 *
 * @example
 * const method: SubstitutionCostMethod = "TRATE";
 */
export type SubstitutionCostMethod = "CONSTANT" | "TRATE";

/**
 * Options of {@link substitutionCosts} and {@link timeVaryingSubstitutionCosts}.
 *
 * @example
 * const options: SubstitutionCostOptions = { alphabetSize: 6, method: "TRATE", weights: null };
 */
export interface SubstitutionCostOptions extends EncodedSequenceOptions {
  /** `"CONSTANT"` or `"TRATE"`. Required. */
  method: SubstitutionCostMethod;
  /** The constant cost (CONSTANT) or the constant the rates are subtracted from (TRATE). Default `2`, or `4` for time-varying TRATE. */
  cval?: number | undefined;
  /** Cost of substituting the missing state when `withMissing` (TraMineR `miss.cost`, fixed). Default `cval`. */
  missCost?: number | undefined;
  /** Case weights used for the transition rates (`weighted = TRUE`). Default: none. */
  weights?: ArrayLike<number> | null | undefined;
  /** Lag of the transition rates. Default `1`. */
  lag?: number | undefined;
}

/**
 * A substitution-cost matrix, row-major (`costs[i * size + j]`), with the indel cost TraMineR
 * proposes alongside it (`seqcost(...)$indel`).
 *
 * @example
 * const sm = substitutionCosts([], { alphabetSize: 2, method: "CONSTANT" });
 * sm.costs; // Float64Array [0, 2, 2, 0]; sm.indel === 1
 */
export interface SubstitutionCosts {
  /** Number of states (alphabet, plus missing when `withMissing`). */
  readonly size: number;
  /** Row-major `size × size` costs, zero diagonal. */
  readonly costs: Float64Array;
  /** Indel cost used when `indel = "auto"`: 1 for CONSTANT (whatever `cval`), max(costs)/2 for TRATE. */
  readonly indel: number;
}

/**
 * Time-varying substitution costs (`seqcost(time.varying = TRUE)`), for the DHD distance:
 * `costs[(t * size + i) * size + j]` for position `t` (0-based) of `length` positions.
 *
 * @example
 * const tv = timeVaryingSubstitutionCosts([Int32Array.of(0, 1)], { alphabetSize: 2, method: "TRATE" });
 * tv.length; // 2
 */
export interface TimeVaryingSubstitutionCosts {
  /** Number of states. */
  readonly size: number;
  /** Number of positions (the longest sequence). */
  readonly length: number;
  /** `length × size × size` costs. */
  readonly costs: Float64Array;
}

/**
 * Substitution costs as TraMineR 2.2's `seqcost()`:
 *
 * - `CONSTANT`: `cval` (default 2) off the diagonal; proposed indel **1** (TraMineR returns 1 whatever `cval`).
 * - `TRATE`: sm(i, j) = cval − p(i|j) − p(j|i) with p from `seqtrate` (weighted when weights are given,
 *   see {@link encodedTransitionRates}); proposed indel = max(sm)/2, computed before the missing row and
 *   column are set to `missCost`.
 *
 * @example
 * const sequences = [Int32Array.of(0, 0, 1), Int32Array.of(1, 1, 1)];
 * const sm = substitutionCosts(sequences, { alphabetSize: 2, method: "TRATE" });
 * // p(1|0) = 0.5, p(0|1) = 0 → sm(0,1) = 2 − 0.5 = 1.5, indel 0.75
 */
export function substitutionCosts(
  sequences: readonly Int32Array[],
  options: SubstitutionCostOptions,
): SubstitutionCosts {
  const n = stateCount(options);
  const cval = options.cval ?? 2;
  checkCval(cval);
  const costs = new Float64Array(n * n);
  let indel = 1;
  if (options.method === "CONSTANT") {
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) costs[i * n + j] = i === j ? 0 : cval;
  } else if (options.method === "TRATE") {
    const rates = encodedTransitionRates(sequences, {
      alphabetSize: options.alphabetSize,
      withMissing: options.withMissing,
      weights: options.weights,
      lag: options.lag,
    });
    let max = 0;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const cost = cval - rates[i * n + j]! - rates[j * n + i]!;
        costs[i * n + j] = cost;
        costs[j * n + i] = cost;
        if (cost > max) max = cost;
      }
    }
    indel = 0.5 * max;
  } else {
    throw new OraccleError(
      `unknown substitution-cost method '${String(options.method)}'; use CONSTANT or TRATE`,
      ExitCode.usage,
    );
  }
  if (options.withMissing) setMissingCost(costs, n, 1, options.missCost ?? cval);
  return { size: n, costs, indel };
}

/**
 * Time-varying substitution costs as TraMineR 2.2's `seqcost(time.varying = TRUE, transition = "both")`,
 * the default costs of the DHD distance. With p⁽ᵗ⁾ the rates between positions t and t+1:
 *
 * - first position: cval − 2·(p⁽¹⁾(i|j) + p⁽¹⁾(j|i));
 * - last position L: cval − 2·(p⁽ᴸ⁻¹⁾(i|j) + p⁽ᴸ⁻¹⁾(j|i));
 * - otherwise: cval − p⁽ᵗ⁻¹⁾(i|j) − p⁽ᵗ⁻¹⁾(j|i) − p⁽ᵗ⁾(i|j) − p⁽ᵗ⁾(j|i);
 *
 * each floored at 0, `cval` defaulting to 4. `CONSTANT` repeats the constant matrix at every position.
 *
 * @example
 * const tv = timeVaryingSubstitutionCosts([Int32Array.of(0, 1, 1)], { alphabetSize: 2, method: "TRATE" });
 * tv.costs[1]; // first position, 0 → 1: 4 − 2·(p(1|0) + p(0|1)) = 4 − 2·(1 + 0) = 2
 */
export function timeVaryingSubstitutionCosts(
  sequences: readonly Int32Array[],
  options: SubstitutionCostOptions,
): TimeVaryingSubstitutionCosts {
  const n = stateCount(options);
  let length = 0;
  for (const s of sequences) length = Math.max(length, s.length);
  const costs = new Float64Array(length * n * n);
  if (options.method === "CONSTANT") {
    const cval = options.cval ?? 2;
    checkCval(cval);
    for (let t = 0; t < length; t++)
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) costs[(t * n + i) * n + j] = i === j ? 0 : cval;
  } else if (options.method === "TRATE") {
    const cval = options.cval ?? 4;
    checkCval(cval);
    const rates = encodedTransitionRates(sequences, {
      alphabetSize: options.alphabetSize,
      withMissing: options.withMissing,
      weights: options.weights,
      lag: options.lag,
      timeVarying: true,
    });
    const slices = rates.length / (n * n);
    const pair = (slice: number, i: number, j: number): number =>
      slice < slices ? rates[(slice * n + i) * n + j]! + rates[(slice * n + j) * n + i]! : 0;
    for (let t = 0; t < length; t++) {
      const first = t === 0;
      const last = t === length - 1;
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          let sum = 0;
          if (!first) sum -= pair(t - 1, i, j);
          if (!last) sum -= pair(t, i, j);
          // TraMineR doubles the single neighbouring transition at both ends of the sequence.
          const cost = Math.max(0, !first && !last ? cval + sum : cval + 2 * sum);
          costs[(t * n + i) * n + j] = cost;
          costs[(t * n + j) * n + i] = cost;
        }
      }
    }
  } else {
    throw new OraccleError(
      `unknown substitution-cost method '${String(options.method)}'; use CONSTANT or TRATE`,
      ExitCode.usage,
    );
  }
  if (options.withMissing)
    setMissingCost(
      costs,
      n,
      length,
      options.missCost ?? options.cval ?? (options.method === "TRATE" ? 4 : 2),
    );
  return { size: n, length, costs };
}

function checkCval(cval: number): void {
  if (!Number.isFinite(cval) || cval < 0) {
    throw new OraccleError(`cval must be a finite number >= 0, got ${cval}`, ExitCode.usage);
  }
}

/** seqcost's `miss.cost.fixed`: the missing state (last) costs `missCost` against every other state. */
function setMissingCost(costs: Float64Array, n: number, slices: number, missCost: number): void {
  const m = n - 1;
  for (let t = 0; t < slices; t++) {
    for (let i = 0; i < m; i++) {
      costs[(t * n + m) * n + i] = missCost;
      costs[(t * n + i) * n + m] = missCost;
    }
  }
}
