import type { EncodedSequenceOptions } from "./encoded-sequences.js";
import type { DistanceNormalisation } from "./normalise-distance.js";
import type {
  SubstitutionCostMethod,
  SubstitutionCosts,
  TimeVaryingSubstitutionCosts,
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
  norm?: DistanceNormalisation | undefined;
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
