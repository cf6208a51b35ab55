import { basename, extname } from "node:path";
import { ExitCode, OraccleError } from "../../core/errors.js";
import type { DistanceMatrix } from "../../sequences/distances/distance-matrix.js";
import type { DistanceNormalisation } from "../../sequences/distances/normalise-distance.js";
import type { DistanceMethod } from "../../sequences/distances/sequence-distance-options.js";
import {
  defineMultichannel,
  type MultichannelSequenceSet,
} from "../../sequences/multichannel/define-multichannel.js";
import {
  type ChannelCosts,
  multichannelDistances,
} from "../../sequences/multichannel/multichannel-distances.js";
import { readSequenceCsv } from "../../sequences/read-sequence-csv.js";
import type { MissingTreatment, SequenceSet } from "../../sequences/sequence-set.js";
import { stateDistribution } from "../../sequences/state-distribution.js";

/** What `oraccle sequences --channels` needs from the command line. */
export interface ChannelRequest {
  channels: string;
  channelNames?: string | undefined;
  channelWeights?: string | undefined;
  channelSm?: string | undefined;
  columns: string;
  id?: string | undefined;
  left?: string | undefined;
  gaps?: string | undefined;
  right?: string | undefined;
}

const list = (text: string | undefined) => text?.split(",").map((item) => item.trim());

/**
 * Reads the extra channel files of `--channels` (same `--id` and `--columns` as `--input`), puts their
 * rows in the order of the first channel's ids and groups everything into a multichannel set.
 *
 * @example
 * const mc = readChannels(set, "niveau.csv", { channels: "discipline.csv", columns: "2018:2024", id: "id" });
 */
export function readChannels(
  first: SequenceSet,
  input: string,
  request: ChannelRequest,
): MultichannelSequenceSet {
  const files = list(request.channels)!.filter((f) => f !== "");
  const sets = [
    first,
    ...files.map((file) =>
      alignTo(
        first,
        readSequenceCsv(file, {
          columns: request.columns,
          id: request.id,
          left: request.left as MissingTreatment | undefined,
          gaps: request.gaps as MissingTreatment | undefined,
          right: request.right as MissingTreatment | undefined,
        }),
        file,
      ),
    ),
  ];
  const names = list(request.channelNames) ?? [input, ...files].map((f) => basename(f, extname(f)));
  return defineMultichannel(sets, { names });
}

function alignTo(first: SequenceSet, channel: SequenceSet, file: string): SequenceSet {
  const row = new Map(channel.ids.map((id, i) => [id, i]));
  if (channel.ids.length !== first.ids.length) {
    throw new OraccleError(
      `${file}: ${channel.ids.length} sequences, but ${first.ids.length} in --input; every channel needs the same individuals`,
      ExitCode.input,
    );
  }
  const order = first.ids.map((id) => {
    const i = row.get(id);
    if (i === undefined)
      throw new OraccleError(`${file}: no sequence with id '${id}' (found in --input)`, ExitCode.input);
    return i;
  });
  return {
    ...channel,
    ids: first.ids,
    sequences: order.map((i) => channel.sequences[i]!),
    weights: first.weights,
  };
}

/**
 * The multichannel distance matrix (TraMineR `seqMD`) asked by `--distance om|ham` with `--channels`.
 *
 * @example
 * const d = channelDistances(mc, request, { method: "OM", sm: "TRATE", indel: "auto", norm: "none" });
 */
export function channelDistances(
  mc: MultichannelSequenceSet,
  request: ChannelRequest,
  distance: {
    method: DistanceMethod;
    sm: string | undefined;
    indel: number | "auto";
    norm: DistanceNormalisation;
  },
  withMissing: boolean,
): DistanceMatrix {
  if (distance.method !== "OM" && distance.method !== "HAM") {
    throw new OraccleError("with --channels, --distance must be om or ham (TraMineR seqMD)", ExitCode.usage);
  }
  const count = mc.channels.length;
  const sm = (list(request.channelSm) ?? Array.from({ length: count }, () => distance.sm ?? "trate")).map(
    (s) => {
      const name = s.toUpperCase();
      if (name !== "CONSTANT" && name !== "TRATE") {
        throw new OraccleError(`--channel-sm must list constant or trate, got '${s}'`, ExitCode.usage);
      }
      return name as ChannelCosts;
    },
  );
  const weights = list(request.channelWeights)?.map((w) => {
    const value = Number(w);
    if (w === "" || !Number.isFinite(value) || value < 0) {
      throw new OraccleError(`--channel-weights must list numbers >= 0, got '${w}'`, ExitCode.usage);
    }
    return value;
  });
  for (const [option, values] of [
    ["--channel-sm", sm],
    ["--channel-weights", weights],
  ] as const) {
    if (values && values.length !== count) {
      throw new OraccleError(
        `${option} needs ${count} values, one per channel, got ${values.length}`,
        ExitCode.usage,
      );
    }
  }
  return multichannelDistances(mc, {
    method: distance.method,
    sm,
    indel: distance.indel,
    channelWeights: weights,
    norm: distance.norm,
    withMissing,
  });
}

/**
 * The `channels` part of the JSON document: for each channel its name, alphabet and state distribution.
 *
 * @example
 * const json = channelSummary(mc);
 */
export function channelSummary(mc: MultichannelSequenceSet): Record<string, unknown>[] {
  return mc.channels.map((channel, c) => {
    const distribution = stateDistribution(channel);
    return {
      name: mc.names[c],
      alphabet: channel.alphabet,
      labels: channel.labels,
      stateDistribution: { frequencies: distribution.frequencies, validStates: distribution.validStates },
    };
  });
}
