import { ExitCode, OraccleError } from "../../core/errors.js";
import { MISSING_SYMBOL, type SequenceSet } from "../sequence-set.js";
import { defaultStateColours, MISSING_STATE_COLOUR } from "../state-colours.js";
import type { MultichannelSequenceSet } from "./define-multichannel.js";

/**
 * Options of {@link combineChannels}.
 *
 * @example
 * const options: CombineOptions = { separator: "+" };
 */
export interface CombineOptions {
  /** Text between the channel states in a combined code. Default `"+"` (TraMineR `seqMD(ch.sep = "+")`). */
  separator?: string | undefined;
}

/**
 * A multichannel set turned into one sequence set of combined states, with for each combined state
 * the state of every channel (`parts[s][c]`, a code of channel c, its missing code included).
 *
 * @example
 * const combined: CombinedStates = combineChannels(mc);
 * combined.parts[0]; // [0, 2]: first state of channel 1 with third state of channel 2
 */
export interface CombinedStates {
  /** The sequences of combined states (missing cells of a channel become part of the state, `L1+*`). */
  readonly set: SequenceSet;
  /** Per combined state, the code of each channel's state. */
  readonly parts: readonly Int32Array[];
}

/**
 * The "sequence of combined states" view of a multichannel set (TraMineR `seqMD(what = "MDseq")`): at
 * each position the states of all channels pasted into one state, `L1+DEG`. Only the combinations
 * that occur form the alphabet, ordered as the channels' alphabets (first channel slowest); a missing
 * cell of a channel is written `*` inside the combined code. Any single-channel function (distances
 * with CONSTANT or TRATE costs, chronograms, frequencies) then applies to the result.
 *
 * @example
 * const { set } = combineChannels(defineMultichannel([niveau, domaine]));
 * set.alphabet; // ["L1+DEG", "L1+STS", "L2+DEG", …]
 */
export function combineChannels(mc: MultichannelSequenceSet, options: CombineOptions = {}): CombinedStates {
  const separator = options.separator ?? "+";
  const sizes = mc.channels.map((channel) => channel.alphabet.length + 1);
  const space = sizes.reduce((p, s) => p * s, 1);
  if (!Number.isSafeInteger(space)) {
    throw new OraccleError("too many channel state combinations to encode", ExitCode.usage);
  }
  const first = mc.channels[0]!;
  const keyOf = (i: number, t: number) => {
    let key = 0;
    for (let c = 0; c < sizes.length; c++) key = key * sizes[c]! + mc.channels[c]!.sequences[i]![t]!;
    return key;
  };
  const observed = new Set<number>();
  first.sequences.forEach((s, i) => {
    for (let t = 0; t < s.length; t++) observed.add(keyOf(i, t));
  });
  const keys = [...observed].sort((a, b) => a - b);
  const index = new Map(keys.map((k, s) => [k, s]));
  const parts = keys.map((key) => {
    const codes = new Int32Array(sizes.length);
    for (let c = sizes.length - 1; c >= 0; c--) {
      codes[c] = key % sizes[c]!;
      key = Math.floor(key / sizes[c]!);
    }
    return codes;
  });
  const name = (codes: Int32Array, field: "alphabet" | "labels") =>
    Array.from(codes, (code, c) => mc.channels[c]![field][code] ?? MISSING_SYMBOL).join(separator);
  const sequences = first.sequences.map((s, i) => Int32Array.from(s, (_, t) => index.get(keyOf(i, t))!));
  const alphabet = parts.map((codes) => name(codes, "alphabet"));
  const set: SequenceSet = {
    alphabet,
    labels: parts.map((codes) => name(codes, "labels")),
    colors: defaultStateColours(alphabet.length),
    missingColor: MISSING_STATE_COLOUR,
    ids: mc.ids,
    positions: first.positions,
    sequences,
    weights: mc.weights,
    missingCode: alphabet.length,
    hasMissing: false,
  };
  return { set, parts };
}
