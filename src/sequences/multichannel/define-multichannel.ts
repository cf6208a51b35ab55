import { ExitCode, OraccleError } from "../../core/errors.js";
import type { SequenceSet } from "../sequence-set.js";

/**
 * Several sequence sets describing the same individuals on the same time axis, one per dimension
 * ("channel": e.g. level of study, discipline, result) — TraMineR's list of channels given to
 * `seqMD()`. Each channel keeps its own alphabet, labels and colours.
 *
 * @example
 * const mc: MultichannelSequenceSet = defineMultichannel([levels, disciplines], { names: ["niveau", "discipline"] });
 * mc.channels[1].alphabet; // the disciplines
 */
export interface MultichannelSequenceSet {
  /** One sequence set per channel; sequence i of every channel is the same individual. */
  readonly channels: readonly SequenceSet[];
  /** Name of each channel, same order. */
  readonly names: readonly string[];
  /** Ids of the individuals (those of the first channel). */
  readonly ids: readonly string[];
  /** Case weights (those of the first channel), or `null`. */
  readonly weights: Float64Array | null;
}

/**
 * Options of {@link defineMultichannel}.
 *
 * @example
 * const options: MultichannelOptions = { names: ["niveau", "discipline"] };
 */
export interface MultichannelOptions {
  /** Channel names. Default `C1`, `C2`, … */
  names?: readonly string[] | undefined;
}

/**
 * Groups aligned sequence sets into a multichannel set, checking what TraMineR's `seqMD()` requires:
 * at least one channel, the same number of sequences in each, and for each individual the same length
 * in every channel (the channels share the time axis; an individual cannot end earlier in one of them).
 * Weights, when present, must be equal across channels. Ids are taken from the first channel.
 *
 * @example
 * const niveau = defineSequences([["L1", "L2"], ["L1", "L1"]], { alphabet: ["L1", "L2"] });
 * const domaine = defineSequences([["DEG", "DEG"], ["STS", "LLA"]], { alphabet: ["DEG", "LLA", "STS"] });
 * defineMultichannel([niveau, domaine], { names: ["niveau", "domaine"] }).channels.length; // 2
 */
export function defineMultichannel(
  channels: readonly SequenceSet[],
  options: MultichannelOptions = {},
): MultichannelSequenceSet {
  if (channels.length === 0)
    throw new OraccleError("a multichannel set needs at least one channel", ExitCode.usage);
  const names = options.names ? [...options.names] : channels.map((_, c) => `C${c + 1}`);
  if (names.length !== channels.length) {
    throw new OraccleError(`${names.length} channel names for ${channels.length} channels`, ExitCode.usage);
  }
  if (new Set(names).size !== names.length)
    throw new OraccleError("channel names must be distinct", ExitCode.usage);
  const first = channels[0]!;
  const count = first.sequences.length;
  channels.forEach((channel, c) => {
    if (channel.sequences.length !== count) {
      throw new OraccleError(
        `channel '${names[c]}' has ${channel.sequences.length} sequences, channel '${names[0]}' ${count}`,
        ExitCode.input,
      );
    }
    for (let i = 0; i < count; i++) {
      if (channel.sequences[i]!.length !== first.sequences[i]!.length) {
        throw new OraccleError(
          `sequence '${first.ids[i]}' has length ${first.sequences[i]!.length} in channel '${names[0]}' but ` +
            `${channel.sequences[i]!.length} in channel '${names[c]}'; channels must share the time axis`,
          ExitCode.input,
        );
      }
      const w0 = first.weights ? first.weights[i]! : 1;
      const wc = channel.weights ? channel.weights[i]! : 1;
      if (w0 !== wc) {
        throw new OraccleError(
          `sequence '${first.ids[i]}' has weight ${w0} in channel '${names[0]}' but ${wc} in channel '${names[c]}'`,
          ExitCode.input,
        );
      }
    }
  });
  return { channels: [...channels], names, ids: first.ids, weights: first.weights };
}
