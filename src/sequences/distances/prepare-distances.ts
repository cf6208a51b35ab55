import { ExitCode, OraccleError } from "../../core/errors.js";
import type { AggregatedCases } from "./aggregate-cases.js";
import { aggregateCases } from "./aggregate-cases.js";
import { checkEncodedSequences, checkWeights, stateCount } from "./encoded-sequences.js";
import type { HammingParameters } from "./hamming-distances.js";
import type { DistanceNormalisation, ResolvedNormalisation } from "./normalise-distance.js";
import type { OptimalMatchingParameters } from "./optimal-matching.js";
import { type PackedSequences, packSequences } from "./packed-sequences.js";
import { resolveMatrix, resolveTimeVarying } from "./resolve-matrix.js";
import type { DistanceMethod, SequenceDistanceOptions } from "./sequence-distance-options.js";
import { substitutionCosts } from "./substitution-costs.js";

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
  const norm = resolveNormalisation(method, options.norm ?? "none");
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
 * resolveNormalisation("LCS", "auto"); // "gmean"
 */
export function resolveNormalisation(
  method: DistanceMethod,
  norm: DistanceNormalisation,
): ResolvedNormalisation {
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
