import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import { ExitCode, OraccleError } from "../../core/errors.js";
import { aggregateCases } from "../distances/aggregate-cases.js";
import { distancesToReference } from "../distances/distances-to-reference.js";
import type { SequenceDistanceOptions } from "../distances/sequence-distance-options.js";
import { sequenceDistances } from "../distances/sequence-distances.js";
import { substitutionCosts, timeVaryingSubstitutionCosts } from "../distances/substitution-costs.js";
import { pamClustering } from "./pam-clustering.js";

/**
 * Options of {@link claraClustering}: the distance (as `sequenceDistances`) and the sampling plan.
 *
 * @example
 * const options: ClaraOptions = { alphabetSize: 6, method: "LCS", k: 5, samples: 100, seed: 1 };
 */
export interface ClaraOptions extends SequenceDistanceOptions {
  /** Number of groups. Required. */
  k: number;
  /** Number of subsamples. Default `100` (WeightedCluster `seqclararange(R = 100)`). */
  samples?: number | undefined;
  /** Distinct sequences per subsample. Default `40 + 2k` (Kaufman & Rousseeuw); larger is better. */
  sampleSize?: number | undefined;
  /** Seed of the sampling (pure-rand xoroshiro128+). Default `1`. */
  seed?: number | undefined;
}

/**
 * Result of {@link claraClustering}.
 *
 * @example
 * const r: ClaraResult = claraClustering(sequences, { alphabetSize: 2, method: "HAM", k: 2 });
 */
export interface ClaraResult {
  /** Case index (first case of the distinct sequence) of each medoid, in label order. */
  medoids: Int32Array;
  /** Group of each case, 0..k−1. */
  labels: Int32Array;
  /** Weighted mean distance of the cases to their medoid (the criterion minimised). */
  meanDistance: number;
  /** Number of distinct medoid sets evaluated on all sequences. */
  evaluated: number;
}

/**
 * CLARA clustering for sequence sets too large for a full distance matrix (Kaufman & Rousseeuw 1990;
 * the crisp, "distance" criterion of WeightedCluster 2.0's `seqclararange()`): identical sequences are
 * aggregated; each subsample of distinct sequences, drawn without replacement with probabilities
 * proportional to their weights, is clustered by weighted PAM ({@link pamClustering}); its medoids are
 * then evaluated on **all** sequences (distances to the medoids only), and the medoids with the lowest
 * weighted mean distance win. Memory and time grow with samples × (sampleSize² + k × distinct sequences),
 * never with the square of the data.
 *
 * Substitution costs (TRATE…) are computed once on all sequences, not per subsample. Seeded and
 * deterministic; the random draws differ from R's, so compare partitions, not labels.
 *
 * @example
 * const result = claraClustering(set.sequences, { alphabetSize: set.alphabet.length, method: "OM", sm: "TRATE", k: 4 });
 * result.labels; // one group per case
 */
export function claraClustering(sequences: readonly Int32Array[], options: ClaraOptions): ClaraResult {
  const { k, samples = 100, seed = 1, sampleSize: givenSize, ...distance } = options;
  const sampleSize = givenSize ?? 40 + 2 * k;
  if (!Number.isInteger(k) || k < 1)
    throw new OraccleError(`k must be a positive integer, got ${k}`, ExitCode.usage);
  if (!Number.isInteger(samples) || samples < 1) {
    throw new OraccleError(`samples must be a positive integer, got ${samples}`, ExitCode.usage);
  }
  if (!Number.isInteger(sampleSize) || sampleSize < k) {
    throw new OraccleError(
      `sampleSize must be an integer of at least k = ${k}, got ${sampleSize}`,
      ExitCode.usage,
    );
  }
  const cases = aggregateCases(sequences, options.weights);
  const unique = Array.from(cases.aggIndex, (i) => sequences[i]!);
  const weights = cases.aggWeights;
  const u = unique.length;
  if (k > u) throw new OraccleError(`k = ${k} exceeds the ${u} distinct sequences`, ExitCode.input);
  // Case weights only shape TRATE costs, fixed here on all cases; subsample weights go to PAM.
  const distanceOptions = { ...fixCosts(sequences, distance), weights: null };
  const random = xoroshiro128plus(seed);

  let bestMean = Number.POSITIVE_INFINITY;
  let bestMedoids: number[] = [];
  let bestLabels = new Int32Array(u);
  const seen = new Set<string>();
  const rounds = sampleSize >= u ? 1 : samples;
  for (let round = 0; round < rounds; round++) {
    const sample =
      sampleSize >= u ? Array.from({ length: u }, (_, i) => i) : weightedSample(weights, sampleSize, random);
    const sampleDistances = sequenceDistances(
      sample.map((i) => unique[i]!),
      distanceOptions,
    );
    const pam = pamClustering(sampleDistances, { k, weights: sample.map((i) => weights[i]!) });
    const medoids = Array.from(pam.medoids, (m) => sample[m]!);
    const key = [...medoids].sort((a, b) => a - b).join(",");
    if (seen.has(key)) continue;
    seen.add(key);
    const toMedoids = medoids.map((m) => distancesToReference(unique, m, distanceOptions));
    const labels = new Int32Array(u);
    let total = 0;
    let weightSum = 0;
    for (let i = 0; i < u; i++) {
      let best = 0;
      for (let c = 1; c < k; c++) if (toMedoids[c]![i]! < toMedoids[best]![i]!) best = c;
      labels[i] = best;
      total += weights[i]! * toMedoids[best]![i]!;
      weightSum += weights[i]!;
    }
    const mean = total / weightSum;
    if (mean < bestMean) {
      bestMean = mean;
      bestMedoids = medoids;
      bestLabels = labels;
    }
  }
  return {
    medoids: Int32Array.from(bestMedoids, (m) => cases.aggIndex[m]!),
    labels: Int32Array.from(cases.disaggIndex, (i) => bestLabels[i]!),
    meanDistance: bestMean,
    evaluated: seen.size,
  };
}

/** Weighted sampling without replacement (sequential draws proportional to the remaining weights). */
function weightedSample(
  weights: Float64Array,
  size: number,
  random: ReturnType<typeof xoroshiro128plus>,
): number[] {
  const remaining = Float64Array.from(weights);
  let total = remaining.reduce((s, w) => s + w, 0);
  const chosen: number[] = [];
  for (let draw = 0; draw < size; draw++) {
    let target = uniformFloat64(random) * total;
    let pick = -1;
    for (let i = 0; i < remaining.length; i++) {
      if (remaining[i]! <= 0) continue;
      pick = i;
      target -= remaining[i]!;
      if (target < 0) break;
    }
    if (pick < 0) break;
    chosen.push(pick);
    total -= remaining[pick]!;
    remaining[pick] = 0;
  }
  return chosen.sort((a, b) => a - b);
}

/** Computes data-driven costs once on all sequences so that every subsample uses the same ones. */
function fixCosts(
  sequences: readonly Int32Array[],
  options: SequenceDistanceOptions,
): SequenceDistanceOptions {
  const base = {
    alphabetSize: options.alphabetSize,
    withMissing: options.withMissing,
    weights: options.weights,
  };
  if (options.method === "OM" && (options.sm === "TRATE" || options.sm === "CONSTANT")) {
    const sm = substitutionCosts(sequences, { ...base, method: options.sm, cval: 2 });
    const indel = options.indel === undefined || options.indel === "auto" ? sm.indel : options.indel;
    return { ...options, sm, indel };
  }
  if (options.method === "HAM" && options.sm === "TRATE") {
    return { ...options, sm: substitutionCosts(sequences, { ...base, method: "TRATE", cval: 2 }) };
  }
  if (options.method === "DHD" && (options.sm === undefined || options.sm === "TRATE")) {
    return { ...options, sm: timeVaryingSubstitutionCosts(sequences, { ...base, method: "TRATE", cval: 4 }) };
  }
  return options;
}
