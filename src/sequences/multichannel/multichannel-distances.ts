import { ExitCode, OraccleError } from "../../core/errors.js";
import type { DistanceMatrix } from "../distances/distance-matrix.js";
import type { DistanceNormalisation } from "../distances/normalise-distance.js";
import type { SequenceDistanceOptions } from "../distances/sequence-distance-options.js";
import {
  type AggregatedDistances,
  aggregatedSequenceDistances,
  sequenceDistances,
} from "../distances/sequence-distances.js";
import { aggregatedSequenceDistancesParallel } from "../distances/sequence-distances-parallel.js";
import { type SubstitutionCosts, substitutionCosts } from "../distances/substitution-costs.js";
import { combineChannels } from "./combined-states.js";
import type { MultichannelSequenceSet } from "./define-multichannel.js";

/**
 * Substitution costs of one channel: `"CONSTANT"`, `"TRATE"` (from that channel's transition rates), a
 * square matrix over the channel's alphabet, or a {@link SubstitutionCosts}.
 *
 * @example
 * const sm: ChannelCosts = "TRATE";
 */
export type ChannelCosts = "CONSTANT" | "TRATE" | readonly (readonly number[])[] | SubstitutionCosts;

/**
 * Options of {@link multichannelDistances}.
 *
 * @example
 * const options: MultichannelDistanceOptions = { sm: ["TRATE", "CONSTANT"], channelWeights: [2, 1] };
 */
export interface MultichannelDistanceOptions {
  /** `"OM"` (default) or `"HAM"` (equal lengths, no indels), applied to the combined states. */
  method?: "OM" | "HAM" | undefined;
  /** Costs of each channel, or one value for all. Required. */
  sm: ChannelCosts | readonly ChannelCosts[];
  /** Indel of each channel, or one value for all; `"auto"` = the channel's proposed indel (1 for CONSTANT, max(sm)/2 otherwise). Default `"auto"`. */
  indel?: number | "auto" | readonly (number | "auto")[] | undefined;
  /** Weight of each channel in the sum (TraMineR `cweight`). Default 1 each. */
  channelWeights?: readonly number[] | undefined;
  /** `"sum"` (default): costs and indels are weighted sums; `"mean"`: divided by the sum of the channel weights. */
  link?: "sum" | "mean" | undefined;
  /** Constant of CONSTANT and TRATE costs (TraMineR `cval`). Default `2`. */
  cval?: number | undefined;
  /** Normalisation of the combined distances, as `seqdist`. Default `"none"`. */
  norm?: DistanceNormalisation | undefined;
  /** Missing cells as one more state of each channel (TraMineR `with.missing`). Default `false`. */
  withMissing?: boolean | undefined;
  /** TRATE costs from weighted transition rates when the set has weights. Default `true`. */
  weighted?: boolean | undefined;
}

/**
 * The costs {@link multichannelDistances} uses on the combined states (TraMineR `seqMD(what = "sm")`).
 *
 * @example
 * const { costs, indel, alphabet } = multichannelCosts(mc, { sm: "CONSTANT" });
 */
export interface MultichannelCosts extends SubstitutionCosts {
  /** The combined states, in cost-matrix order. */
  readonly alphabet: readonly string[];
  /** Per channel, its own costs and indel after `"auto"` was resolved. */
  readonly channels: readonly SubstitutionCosts[];
}

/**
 * Combined substitution costs and indel of a multichannel set, as TraMineR's `seqMD()`: each channel's
 * costs are resolved on its own sequences; the cost between two combined states is the weighted sum of
 * the channels' costs, sm((a₁…a_C), (b₁…b_C)) = Σ_c w_c·sm_c(a_c, b_c), and the indel Σ_c w_c·indel_c
 * (both divided by Σ w_c with `link: "mean"`).
 *
 * @example
 * multichannelCosts(mc, { sm: "CONSTANT", channelWeights: [1, 1] }).indel; // 2
 */
export function multichannelCosts(
  mc: MultichannelSequenceSet,
  options: MultichannelDistanceOptions,
): MultichannelCosts {
  const count = mc.channels.length;
  // One value for every channel, or a list with one per channel (a single cost matrix is one value).
  const perChannel = <T>(value: T | readonly T[] | undefined, fallback: T, what: string): T[] => {
    if (!Array.isArray(value) || isMatrix(value))
      return Array.from({ length: count }, () => (value ?? fallback) as T);
    if (value.length !== count)
      throw new OraccleError(`${value.length} values of ${what} for ${count} channels`, ExitCode.usage);
    return [...(value as T[])];
  };
  const sms = perChannel<ChannelCosts>(options.sm, "CONSTANT", "sm");
  const indels = perChannel<number | "auto">(options.indel, "auto", "indel");
  const weights = options.channelWeights ?? mc.channels.map(() => 1);
  if (weights.length !== count || weights.some((w) => !Number.isFinite(w) || w < 0)) {
    throw new OraccleError(`channelWeights needs ${count} numbers >= 0`, ExitCode.usage);
  }
  const scale = options.link === "mean" ? weights.reduce((s, w) => s + w, 0) : 1;
  const channels = mc.channels.map((channel, c) => {
    const size = channel.alphabet.length + (options.withMissing ? 1 : 0);
    const sm = channelCosts(channel.sequences, sms[c]!, size, {
      alphabetSize: channel.alphabet.length,
      withMissing: options.withMissing,
      cval: options.cval,
      weights: options.weighted === false ? null : mc.weights,
    });
    const indel = indels[c] === "auto" || indels[c] === undefined ? sm.indel : (indels[c] as number);
    return { size, costs: sm.costs, indel };
  });
  const { set, parts } = combineChannels(mc);
  const k = parts.length;
  const costs = new Float64Array(k * k);
  for (let a = 0; a < k; a++) {
    for (let b = 0; b < k; b++) {
      let cost = 0;
      for (let c = 0; c < count; c++) {
        const ch = channels[c]!;
        cost += weights[c]! * ch.costs[parts[a]![c]! * ch.size + parts[b]![c]!]!;
      }
      costs[a * k + b] = cost / scale;
    }
  }
  const indel = channels.reduce((s, ch, c) => s + weights[c]! * ch.indel, 0) / scale;
  return { size: k, costs, indel, alphabet: set.alphabet, channels };
}

function isMatrix(value: readonly unknown[]): boolean {
  return (
    value.length > 0 && value.every((row) => Array.isArray(row) && row.every((x) => typeof x === "number"))
  );
}

function channelCosts(
  sequences: readonly Int32Array[],
  sm: ChannelCosts,
  size: number,
  options: {
    alphabetSize: number;
    withMissing?: boolean | undefined;
    cval?: number | undefined;
    weights: Float64Array | null;
  },
): SubstitutionCosts {
  if (sm === "CONSTANT" || sm === "TRATE") return substitutionCosts(sequences, { ...options, method: sm });
  const costs = Array.isArray(sm)
    ? Float64Array.from((sm as number[][]).flat())
    : (sm as SubstitutionCosts).costs;
  if (costs.length !== size * size) {
    throw new OraccleError(`a channel's cost matrix must be ${size} × ${size}`, ExitCode.usage);
  }
  let max = 0;
  for (const c of costs) if (c > max) max = c;
  return { size, costs, indel: max / 2 };
}

/**
 * Multichannel distances, TraMineR's `seqMD()` / `seqdistmc()`: OM (or HAM) on the sequences of combined
 * states with the summed per-channel costs of {@link multichannelCosts}. The per-channel lengths must
 * agree (checked by {@link defineMultichannel}). For the other approach — one alphabet of combined
 * states with its own costs — use {@link combineChannels} then `sequenceSetDistances`.
 *
 * @example
 * const d = multichannelDistances(mc, { sm: ["TRATE", "CONSTANT"], channelWeights: [1, 1] });
 */
export function multichannelDistances(
  mc: MultichannelSequenceSet,
  options: MultichannelDistanceOptions,
): DistanceMatrix {
  return sequenceDistances(...distanceInput(mc, options));
}

/**
 * {@link multichannelDistances} on the distinct individuals only (identical in every channel), with their
 * summed weights — for large sets, to cluster with the weights (see `aggregatedSequenceDistances`).
 *
 * @example
 * const { distances, cases } = multichannelAggregatedDistances(mc, { sm: "CONSTANT" });
 */
export function multichannelAggregatedDistances(
  mc: MultichannelSequenceSet,
  options: MultichannelDistanceOptions,
): AggregatedDistances {
  return aggregatedSequenceDistances(...distanceInput(mc, options));
}

/**
 * {@link multichannelAggregatedDistances} computed on several worker threads (same values, byte for byte).
 *
 * @example
 * const { distances } = await multichannelAggregatedDistancesParallel(mc, { sm: "TRATE", threads: 2 });
 */
export function multichannelAggregatedDistancesParallel(
  mc: MultichannelSequenceSet,
  options: MultichannelDistanceOptions & { threads?: number | undefined },
): Promise<AggregatedDistances> {
  const [sequences, rest] = distanceInput(mc, options);
  return aggregatedSequenceDistancesParallel(sequences, { ...rest, threads: options.threads });
}

function distanceInput(
  mc: MultichannelSequenceSet,
  options: MultichannelDistanceOptions,
): [readonly Int32Array[], SequenceDistanceOptions] {
  const costs = multichannelCosts(mc, options);
  const { set } = combineChannels(mc);
  const method = options.method ?? "OM";
  if (method !== "OM" && method !== "HAM") {
    throw new OraccleError(
      `multichannel distances support OM and HAM, not '${String(method)}'`,
      ExitCode.usage,
    );
  }
  return [
    set.sequences,
    {
      alphabetSize: costs.size,
      method,
      sm: costs,
      indel: costs.indel,
      norm: options.norm ?? "none",
      weights: mc.weights,
    },
  ];
}
