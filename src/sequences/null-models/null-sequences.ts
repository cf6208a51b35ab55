import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import type { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import { ExitCode, OraccleError } from "../../core/errors.js";

/** The seeded generator the null models draw from. */
type RandomGenerator = ReturnType<typeof xoroshiro128plus>;

/**
 * Null models of WeightedCluster 2.0's `seqnull()` / `seqnullcqi()` (Studer 2021), built from the spells
 * (state, duration) of the observed sequences:
 *
 * - `"combined"`: the states of the spells follow each other at random (first state and every next
 *   state drawn in proportion to the states' share of spells, never the same state twice in a row) and
 *   the durations are drawn from all observed spell durations — both sequencing and durations random;
 * - `"duration"`: each sequence keeps its own succession of states (DSS); its spell durations are drawn
 *   uniformly at random (each at least 1, summing to the length);
 * - `"sequencing"`: whole spells (state and duration together) are drawn from all observed spells and
 *   put end to end.
 *
 * @example
 * const model: NullModel = "duration";
 */
export type NullModel = "combined" | "duration" | "sequencing";

/** Observed spells, each weighted by its sequence's case weight. */
interface SpellPool {
  states: Int32Array;
  durations: Int32Array;
  cumulated: Float64Array;
  stateShare: Float64Array;
}

function spellsOf(sequence: Int32Array): { states: number[]; durations: number[] } {
  const states: number[] = [];
  const durations: number[] = [];
  for (const code of sequence) {
    if (states.length > 0 && states[states.length - 1] === code) durations[durations.length - 1]! += 1;
    else {
      states.push(code);
      durations.push(1);
    }
  }
  return { states, durations };
}

function spellPool(
  sequences: readonly Int32Array[],
  weights: ArrayLike<number>,
  alphabetSize: number,
): SpellPool {
  const states: number[] = [];
  const durations: number[] = [];
  const cumulated: number[] = [];
  const stateShare = new Float64Array(alphabetSize);
  let total = 0;
  sequences.forEach((sequence, i) => {
    const spells = spellsOf(sequence);
    spells.states.forEach((state, s) => {
      total += weights[i]!;
      states.push(state);
      durations.push(spells.durations[s]!);
      cumulated.push(total);
      stateShare[state]! += weights[i]!;
    });
  });
  if (total <= 0)
    throw new OraccleError("null models need at least one spell of positive weight", ExitCode.input);
  for (let s = 0; s < alphabetSize; s++) stateShare[s] = stateShare[s]! / total;
  return {
    states: Int32Array.from(states),
    durations: Int32Array.from(durations),
    cumulated: Float64Array.from(cumulated),
    stateShare,
  };
}

/** Index drawn with probability proportional to the increments of `cumulated` (binary search). */
function drawCumulated(cumulated: ArrayLike<number>, random: RandomGenerator): number {
  const target = uniformFloat64(random) * cumulated[cumulated.length - 1]!;
  let lo = 0;
  let hi = cumulated.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulated[mid]! > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function drawState(share: Float64Array, exclude: number, random: RandomGenerator): number {
  const cumulated = new Float64Array(share.length);
  let total = 0;
  for (let s = 0; s < share.length; s++) {
    if (s !== exclude) total += share[s]!;
    cumulated[s] = total;
  }
  // A single state with spells: it can only follow itself.
  if (total <= 0) return exclude;
  return drawCumulated(cumulated, random);
}

/** Durations ≥ 1 summing to `length`, uniform shares, remainders to the largest fractions (WeightedCluster). */
function randomDurations(spells: number, length: number, random: RandomGenerator): number[] {
  const u = Array.from({ length: spells }, () => uniformFloat64(random));
  const sum = u.reduce((a, b) => a + b, 0);
  const shares = u.map((x) => 1 + ((length - spells) * x) / (sum > 0 ? sum : 1));
  const durations = shares.map(Math.floor);
  let missing = length - durations.reduce((a, b) => a + b, 0);
  const byFraction = shares
    .map((x, s) => [x - Math.floor(x), s] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, s] of byFraction) {
    if (missing <= 0) break;
    durations[s]! += 1;
    missing--;
  }
  return durations;
}

/**
 * One null data set: a random sequence for every observed one, of the same length, under `model`
 * (see {@link NullModel}). Spells of sequences with a larger case weight are drawn more often.
 *
 * @example
 * const random = xoroshiro128plus(1);
 * const nulls = nullSequences(sequences, { alphabetSize: 6, model: "combined" }, random);
 */
export function nullSequences(
  sequences: readonly Int32Array[],
  options: { alphabetSize: number; model: NullModel; weights?: ArrayLike<number> | null | undefined },
  random: RandomGenerator,
): Int32Array[] {
  const weights = options.weights ?? new Float64Array(sequences.length).fill(1);
  const pool = spellPool(sequences, weights, options.alphabetSize);
  return sequences.map((sequence) => {
    const length = sequence.length;
    const out = new Int32Array(length);
    if (options.model === "duration") {
      const { states } = spellsOf(sequence);
      let t = 0;
      randomDurations(states.length, length, random).forEach((d, s) => {
        out.fill(states[s]!, t, t + d);
        t += d;
      });
      return out;
    }
    let t = 0;
    let previous = -1;
    while (t < length) {
      let state: number;
      let duration: number;
      if (options.model === "sequencing") {
        const spell = drawCumulated(pool.cumulated, random);
        state = pool.states[spell]!;
        duration = pool.durations[spell]!;
      } else if (options.model === "combined") {
        state = drawState(pool.stateShare, previous, random);
        duration = pool.durations[drawCumulated(pool.cumulated, random)]!;
      } else {
        throw new OraccleError(
          `unknown null model '${String(options.model)}'; use combined, duration or sequencing`,
          ExitCode.usage,
        );
      }
      out.fill(state, t, Math.min(length, t + duration));
      t += duration;
      previous = state;
    }
    return out;
  });
}
