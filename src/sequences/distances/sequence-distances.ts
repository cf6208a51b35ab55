import { ExitCode, OraccleError } from "../../core/errors.js";
import { type AggregatedCases, aggregateCases } from "./aggregate-cases.js";
import { type DistanceMatrix, expandDistanceMatrix } from "./distance-matrix.js";
import {
  checkEncodedSequences,
  checkWeights,
  type EncodedSequenceOptions,
  stateCount,
} from "./encoded-sequences.js";
import { type HammingParameters, hammingDistances } from "./hamming-distances.js";
import type { DistanceNormalization, ResolvedNormalization } from "./normalize-distance.js";
import { type OptimalMatchingParameters, optimalMatchingDistances } from "./optimal-matching.js";
import { optimalMatchingDistancesParallel } from "./optimal-matching-distances-parallel.js";
import { type PackedSequences, packSequences } from "./packed-sequences.js";
import {
  type SubstitutionCostMethod,
  type SubstitutionCosts,
  substitutionCosts,
  type TimeVaryingSubstitutionCosts,
  timeVaryingSubstitutionCosts,
} from "./substitution-costs.js";

/**
 * Dissimilarity measures of {@link sequenceDistances}: optimal matching (`OM`), longest common
 * subsequence (`LCS`), Hamming (`HAM`) and dynamic Hamming (`DHD`), as TraMineR's `seqdist(method = …)`.
 *
 * @example
 * const method: DistanceMethod = "OM";
 */
export type DistanceMethod = "OM" | "LCS" | "HAM" | "DHD";

/**
 * Substitution costs given to {@link sequenceDistances}: a method name computed from the data, a
 * {@link SubstitutionCosts} object, a square matrix (nested arrays), or for DHD a
 * {@link TimeVaryingSubstitutionCosts}.
 *
 * @example
 * const sm: SubstitutionInput = [[0, 1], [1, 0]];
 */
export type SubstitutionInput =
  | SubstitutionCostMethod
  | SubstitutionCosts
  | TimeVaryingSubstitutionCosts
  | readonly (readonly number[])[];

/**
 * Options of {@link sequenceDistances}.
 *
 * @example
 * const options: SequenceDistanceOptions = { alphabetSize: 6, method: "OM", sm: "TRATE", indel: "auto", norm: "none" };
 */
export interface SequenceDistanceOptions extends EncodedSequenceOptions {
  /** `OM`, `LCS`, `HAM` or `DHD`. Required. */
  method: DistanceMethod;
  /** Normalisation; `"auto"` = `maxlength` for OM/HAM/DHD, `gmean` for LCS. Default `"none"` (as `seqdist`). */
  norm?: DistanceNormalization | undefined;
  /**
   * Substitution costs. Required for OM. HAM default: CONSTANT with cost 1; DHD default: time-varying
   * TRATE (cval 4). `"CONSTANT"` means cost 2 for OM and 1 for HAM; `"TRATE"` means cval 2 (OM, HAM)
   * or time-varying with cval 4 (DHD). Ignored by LCS (constant 2 with indel 1).
   */
  sm?: SubstitutionInput | undefined;
  /**
   * Indel cost for OM. `"auto"` (default): 1 with `sm = "CONSTANT"`, max(sm)/2 with `"TRATE"` or a
   * given matrix, as `seqdist`.
   */
  indel?: number | "auto" | undefined;
  /** Case weights, used for TRATE costs (`weighted = TRUE`). Default: none. */
  weights?: ArrayLike<number> | null | undefined;
}

/**
 * Pairwise dissimilarities between state sequences, following TraMineR 2.2's `seqdist()` (quirks
 * included): OM with CONSTANT or TRATE costs and TraMineR's indel rule; LCS computed as OM with
 * substitution 2 and indel 1 (so d = ℓx + ℓy − 2·LCS); HAM and DHD only for sequences of equal
 * length; normalisations of {@link normalizeDistance}. Distances are computed once per distinct
 * sequence (as `seqdist` does) and expanded to every case.
 *
 * Works on the encoded form of a `SequenceSet` (`set.sequences`, `alphabetSize: set.alphabet.length`).
 * Returns a condensed {@link DistanceMatrix} in R `dist` order.
 *
 * @example
 * const sequences = [Int32Array.of(0, 0, 1), Int32Array.of(0, 1, 1)];
 * sequenceDistances(sequences, { alphabetSize: 2, method: "OM", sm: "CONSTANT" }).values; // [2]
 * sequenceDistances(sequences, { alphabetSize: 2, method: "HAM" }).values; // [1]
 */
export function sequenceDistances(
  sequences: readonly Int32Array[],
  options: SequenceDistanceOptions,
): DistanceMatrix {
  const { distances, cases } = aggregatedSequenceDistances(sequences, options);
  return expandToCases(distances, cases, sequences.length);
}

function expandToCases(distances: DistanceMatrix, cases: AggregatedCases, count: number): DistanceMatrix {
  if (cases.aggIndex.length === count) return distances;
  const pairs = (count * (count - 1)) / 2;
  if (pairs > MAX_EXPANDED_PAIRS) {
    throw new OraccleError(
      `${count} cases make ${pairs} pairs (${Math.round((pairs * 8) / 2 ** 30)} GiB), too many to expand: ` +
        "use aggregatedSequenceDistances() and cluster the distinct sequences with their weights",
      ExitCode.usage,
    );
  }
  return expandDistanceMatrix(distances, cases.disaggIndex);
}

/** Largest case-level matrix {@link sequenceDistances} builds: 2²⁸ pairs, 2 GiB of doubles. */
const MAX_EXPANDED_PAIRS = 2 ** 28;

/**
 * Result of {@link aggregatedSequenceDistances}: distances between distinct sequences and the
 * aggregation that maps them back to cases.
 *
 * @example
 * const r: AggregatedDistances = aggregatedSequenceDistances([Int32Array.of(0)], { alphabetSize: 1, method: "HAM" });
 */
export interface AggregatedDistances {
  /** Condensed distances between the distinct sequences, in `cases.aggIndex` order. */
  distances: DistanceMatrix;
  /** Distinct sequences, their summed case weights (`aggWeights`) and the case → distinct mapping. */
  cases: AggregatedCases;
}

/**
 * Distances between the **distinct** sequences only, with the aggregation of cases
 * (WeightedCluster's recommended workflow: `wcAggregateCases` then `seqdist` on unique sequences,
 * clustering with `aggWeights`, labels brought back with `disaggregate`). Same options and values
 * as {@link sequenceDistances}; memory grows with the number of distinct sequences, not of cases.
 *
 * @example
 * const sequences = [Int32Array.of(0, 1), Int32Array.of(0, 1), Int32Array.of(1, 1)];
 * const { distances, cases } = aggregatedSequenceDistances(sequences, { alphabetSize: 2, method: "HAM" });
 * distances.values; // Float64Array [1]; cases.aggWeights: [2, 1]
 */
export function aggregatedSequenceDistances(
  sequences: readonly Int32Array[],
  options: SequenceDistanceOptions,
): AggregatedDistances {
  const prepared = prepareDistances(sequences, options);
  const distances =
    prepared.kind === "om"
      ? optimalMatchingDistances(prepared.packed, prepared.om)
      : hammingDistances(prepared.packed, prepared.hamming);
  return { distances, cases: prepared.cases };
}

/**
 * Options of the parallel versions: those of {@link sequenceDistances} plus the number of threads.
 *
 * @example
 * const options: ParallelSequenceDistanceOptions = { alphabetSize: 6, method: "OM", sm: "TRATE", threads: 2 };
 */
export interface ParallelSequenceDistanceOptions extends SequenceDistanceOptions {
  /** Worker threads for OM and LCS. Default: `os.availableParallelism()`. */
  threads?: number | undefined;
}

/**
 * {@link aggregatedSequenceDistances} with OM and LCS computed on several worker threads (rows of the
 * matrix dealt round-robin). Same values, byte for byte; HAM and DHD, already fast, stay on this thread.
 *
 * @example
 * const { distances } = await aggregatedSequenceDistancesParallel(sequences, { alphabetSize: 6, method: "OM", sm: "TRATE" });
 */
export async function aggregatedSequenceDistancesParallel(
  sequences: readonly Int32Array[],
  options: ParallelSequenceDistanceOptions,
): Promise<AggregatedDistances> {
  const { threads, ...rest } = options;
  const prepared = prepareDistances(sequences, rest);
  const distances =
    prepared.kind === "om"
      ? await optimalMatchingDistancesParallel(prepared.packed, prepared.om, threads)
      : hammingDistances(prepared.packed, prepared.hamming);
  return { distances, cases: prepared.cases };
}

/**
 * {@link sequenceDistances} computed with {@link aggregatedSequenceDistancesParallel}: the case-level
 * matrix, OM and LCS on several threads.
 *
 * @example
 * const d = await sequenceDistancesParallel(set.sequences, { alphabetSize: set.alphabet.length, method: "LCS" });
 */
export async function sequenceDistancesParallel(
  sequences: readonly Int32Array[],
  options: ParallelSequenceDistanceOptions,
): Promise<DistanceMatrix> {
  const { distances, cases } = await aggregatedSequenceDistancesParallel(sequences, options);
  return expandToCases(distances, cases, sequences.length);
}

/**
 * Input checked and costs resolved for one of the distance kernels (internal to the distance functions).
 *
 * @example
 * const prepared: PreparedDistances = prepareDistances(sequences, { alphabetSize: 2, method: "HAM" });
 */
export type PreparedDistances = { cases: AggregatedCases; packed: PackedSequences } & (
  | { kind: "om"; om: OptimalMatchingParameters }
  | { kind: "hamming"; hamming: HammingParameters }
);

/**
 * Checks the input and resolves costs, indel and normalisation, as `seqdist` does before its C++ call;
 * packs the distinct sequences.
 *
 * @example
 * prepareDistances([Int32Array.of(0, 1)], { alphabetSize: 2, method: "OM", sm: "CONSTANT" }).kind; // "om"
 */
export function prepareDistances(
  sequences: readonly Int32Array[],
  options: SequenceDistanceOptions,
): PreparedDistances {
  checkEncodedSequences(sequences, options);
  checkWeights(options.weights, sequences.length);
  const method = options.method;
  const norm = resolveNormalization(method, options.norm ?? "none");
  const n = stateCount(options);
  const aggregated = aggregateCases(sequences, options.weights);
  const unique = Array.from(aggregated.aggIndex, (i) => sequences[i]!);
  const packed = packSequences(unique);
  if (method === "OM" || method === "LCS") {
    let costs: Float64Array;
    let indel: number;
    if (method === "LCS") {
      costs = substitutionCosts([], {
        alphabetSize: options.alphabetSize,
        withMissing: options.withMissing,
        method: "CONSTANT",
        cval: 2,
      }).costs;
      indel = 1;
    } else {
      if (options.sm === undefined) {
        throw new OraccleError(
          "OM needs substitution costs: sm = 'CONSTANT', 'TRATE' or a matrix",
          ExitCode.usage,
        );
      }
      const sm = resolveMatrix(sequences, options, n, 2);
      costs = sm.costs;
      indel = resolveIndel(options.indel, sm.indel);
    }
    return { cases: aggregated, packed, kind: "om", om: { costs, size: n, indel, norm } };
  } else if (method === "HAM" || method === "DHD") {
    const lengths = new Set(sequences.map((s) => s.length));
    if (lengths.size > 1) {
      throw new OraccleError(
        `${method} is not defined for sequences of different lengths (found lengths ${[...lengths].sort((a, b) => a - b).join(", ")})`,
        ExitCode.input,
      );
    }
    const length = packed.maxLength;
    let costs: Float64Array;
    if (method === "HAM") {
      const sm = resolveMatrix(sequences, options, n, options.sm === "TRATE" ? 2 : 1, "CONSTANT");
      costs = new Float64Array(Math.max(length, 1) * n * n);
      for (let t = 0; t < length; t++) costs.set(sm.costs, t * n * n);
    } else {
      costs = resolveTimeVarying(sequences, options, n, length);
    }
    return { cases: aggregated, packed, kind: "hamming", hamming: { costs, size: n, length, norm } };
  }
  throw new OraccleError(
    `unknown distance method '${String(method)}'; use OM, LCS, HAM or DHD`,
    ExitCode.usage,
  );
}

/**
 * The normalisation `seqdist` applies for `norm = "auto"`: `maxlength` for OM, HAM and DHD, `gmean` for LCS.
 *
 * @example
 * resolveNormalization("LCS", "auto"); // "gmean"
 */
export function resolveNormalization(
  method: DistanceMethod,
  norm: DistanceNormalization,
): ResolvedNormalization {
  const known = ["none", "auto", "maxlength", "gmean", "maxdist", "YujianBo"];
  if (!known.includes(norm)) {
    throw new OraccleError(`unknown normalisation '${norm}'; use one of ${known.join(", ")}`, ExitCode.usage);
  }
  if (norm !== "auto") return norm;
  return method === "LCS" ? "gmean" : "maxlength";
}

function resolveIndel(indel: number | "auto" | undefined, auto: number): number {
  if (indel === undefined || indel === "auto") return auto;
  if (!Number.isFinite(indel) || indel <= 0) {
    throw new OraccleError(`indel must be a positive number or "auto", got ${indel}`, ExitCode.usage);
  }
  return indel;
}

function resolveMatrix(
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

function resolveTimeVarying(
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
