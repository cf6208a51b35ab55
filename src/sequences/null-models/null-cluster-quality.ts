import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import { ExitCode, OraccleError } from "../../core/errors.js";
import { claraClustering } from "../clustering/clara-clustering.js";
import { type ClusterQuality, clusterQuality } from "../clustering/cluster-quality.js";
import { pamClustering } from "../clustering/pam-clustering.js";
import { cutTree, type WardMethod, wardClustering } from "../clustering/ward-clustering.js";
import type { SequenceDistanceOptions } from "../distances/sequence-distance-options.js";
import { aggregatedSequenceDistances } from "../distances/sequence-distances.js";
import { type NullModel, nullSequences } from "./null-sequences.js";

/**
 * The quality indices a null model is run for (those of `clusterQuality`).
 *
 * @example
 * const stat: QualityStatistic = "ASW";
 */
export type QualityStatistic = "PBC" | "HG" | "HGSD" | "ASW" | "ASWw" | "CH" | "R2" | "CHsq" | "R2sq" | "HC";

const STATISTICS: readonly QualityStatistic[] = [
  "PBC",
  "HG",
  "HGSD",
  "ASW",
  "ASWw",
  "CH",
  "R2",
  "CHsq",
  "R2sq",
  "HC",
];

/**
 * Options of {@link nullClusterQuality}.
 *
 * @example
 * const options: NullClusterQualityOptions = { alphabetSize: 6, method: "LCS", model: "combined", kMax: 6, replicates: 50 };
 */
export interface NullClusterQualityOptions extends SequenceDistanceOptions {
  /** Null model. Default `"combined"`. */
  model?: NullModel | undefined;
  /** Number of null data sets (WeightedCluster `R`). Default `100`. */
  replicates?: number | undefined;
  /** Largest number of groups; k = 2…kMax. Required. */
  kMax: number;
  /** `"ward"` (tree cut at each k, default), `"pam"` or `"clara"` (one run per k). */
  clustering?: "ward" | "pam" | "clara" | undefined;
  /** Ward criterion. Default `"ward.D"`. */
  wardMethod?: WardMethod | undefined;
  /** Seed of every random draw (null data and CLARA). Default `1`. */
  seed?: number | undefined;
  /** Coverage of the null band. Default `0.95`. */
  coverage?: number | undefined;
}

/**
 * One quality index under a null model: observed values, the null replicates and their standardisation.
 *
 * @example
 * const asw: NullStatistic = nullClusterQuality(sequences, options).statistics.ASW;
 */
export interface NullStatistic {
  /** Observed value for each k. */
  observed: number[];
  /** Null values: `replicates[r][k − 2]`. */
  replicates: number[][];
  /** Mean and standard deviation (n − 1) of the null values, per k. */
  mean: number[];
  sd: number[];
  /** (observed − mean)/sd per k: how many null standard deviations the typology is above chance. */
  standardized: number[];
  /**
   * Band of the standardised null values, from the maximum over k of each replicate's standardised
   * values (so one band serves every k): quantiles (1 − coverage)/2 and (1 + coverage)/2 (R type 7).
   * A standardised observed value above `band[1]` is better than chance.
   */
  band: [number, number];
}

/**
 * Result of {@link nullClusterQuality}.
 *
 * @example
 * const result: NullClusterQuality = nullClusterQuality(sequences, options);
 */
export interface NullClusterQuality {
  model: NullModel;
  clustering: "ward" | "pam" | "clara";
  /** The numbers of groups, 2…kMax. */
  k: number[];
  statistics: Record<QualityStatistic, NullStatistic>;
}

/**
 * Is this typology better than chance? WeightedCluster 2.0's `seqnullcqi()`: the observed sequences are
 * clustered for k = 2…kMax, then `replicates` null data sets (see `NullModel`) are generated, their
 * distances computed with the same options (TRATE costs re-estimated on each), clustered the same way,
 * and their quality indices collected. Each index is standardised by the null mean and sd; the typology
 * is meaningful where the standardised value exceeds the null band. Seeded and deterministic; the draws
 * differ from R's, so compare conclusions, not decimals.
 *
 * Work is done on distinct sequences with their counts (Ward with `aggregated: true`), which gives the
 * values of the disaggregated cases.
 *
 * @example
 * const r = nullClusterQuality(set.sequences, { alphabetSize: 8, method: "OM", sm: "TRATE", kMax: 6, replicates: 50 });
 * r.statistics.ASW.standardized; // one value per k
 */
export function nullClusterQuality(
  sequences: readonly Int32Array[],
  options: NullClusterQualityOptions,
): NullClusterQuality {
  const replicates = options.replicates ?? 100;
  const model = options.model ?? "combined";
  const clustering = options.clustering ?? "ward";
  const coverage = options.coverage ?? 0.95;
  if (!Number.isInteger(replicates) || replicates < 2) {
    throw new OraccleError(`replicates must be an integer >= 2, got ${replicates}`, ExitCode.usage);
  }
  if (!(coverage > 0 && coverage < 1))
    throw new OraccleError(`coverage must be in (0, 1), got ${coverage}`, ExitCode.usage);
  if (!["ward", "pam", "clara"].includes(clustering)) {
    throw new OraccleError(`unknown clustering '${clustering}'; use ward, pam or clara`, ExitCode.usage);
  }
  const k = Array.from({ length: options.kMax - 1 }, (_, i) => i + 2);
  const random = xoroshiro128plus(options.seed ?? 1);
  const observed = qualities(sequences, options, k, clustering);
  const nulls: ClusterQuality[][] = [];
  for (let r = 0; r < replicates; r++) {
    const data = nullSequences(
      sequences,
      { alphabetSize: options.alphabetSize, model, weights: options.weights },
      random,
    );
    nulls.push(qualities(data, { ...options, seed: (options.seed ?? 1) + r + 1 }, k, clustering));
  }
  const statistics = {} as Record<QualityStatistic, NullStatistic>;
  for (const stat of STATISTICS) {
    statistics[stat] = standardize(
      observed.map((q) => q[stat]),
      nulls.map((run) => run.map((q) => q[stat])),
      coverage,
    );
  }
  return { model, clustering, k, statistics };
}

function qualities(
  sequences: readonly Int32Array[],
  options: NullClusterQualityOptions,
  ks: number[],
  clustering: "ward" | "pam" | "clara",
): ClusterQuality[] {
  const { distances, cases } = aggregatedSequenceDistances(sequences, options);
  const weights = cases.aggWeights;
  if (distances.size <= ks[ks.length - 1]!) {
    throw new OraccleError(
      `only ${distances.size} distinct sequences: kMax must be below that`,
      ExitCode.usage,
    );
  }
  const tree =
    clustering === "ward"
      ? wardClustering(distances, { method: options.wardMethod, weights, aggregated: true })
      : null;
  return ks.map((k) => {
    let labels: Int32Array;
    if (tree) labels = cutTree(tree, k);
    else if (clustering === "pam") labels = pamClustering(distances, { k, weights }).labels;
    else {
      const clara = claraClustering(sequences, { ...options, k, seed: options.seed });
      labels = Int32Array.from(cases.aggIndex, (i) => clara.labels[i]!);
    }
    return clusterQuality(distances, labels, weights);
  });
}

function standardize(observed: number[], replicates: number[][], coverage: number): NullStatistic {
  const columns = observed.length;
  const mean: number[] = [];
  const sd: number[] = [];
  for (let c = 0; c < columns; c++) {
    const values = replicates.map((row) => row[c]!);
    const m = values.reduce((a, b) => a + b, 0) / values.length;
    mean.push(m);
    sd.push(Math.sqrt(values.reduce((a, b) => a + (b - m) ** 2, 0) / (values.length - 1)));
  }
  const z = (value: number, c: number) => (value - mean[c]!) / sd[c]!;
  const maxima = replicates.map((row) => Math.max(...row.map(z))).sort((a, b) => a - b);
  const alpha = (1 - coverage) / 2;
  return {
    observed,
    replicates,
    mean,
    sd,
    standardized: observed.map(z),
    band: [quantile(maxima, alpha), quantile(maxima, 1 - alpha)],
  };
}

/** R's default quantile (type 7) of sorted values. */
export function quantile(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}
