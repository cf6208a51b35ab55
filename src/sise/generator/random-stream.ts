import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";

/** The mutable pure-rand generator type, taken from the factory so no internal path is imported. */
type Generator = ReturnType<typeof xoroshiro128plus>;

/**
 * A seeded source of random numbers (pure-rand `xoroshiro128plus`), never `Math.random`. Each
 * stream is derived from the user's seed and a list of integer keys (cohort year, population,
 * chunk…), so that every chunk of students can be generated independently of the others and the
 * output does not depend on the order or the size of the chunks in memory.
 *
 * @example
 * const random = RandomStream.derive(42, 2015, 0);
 * random.chance(0.3); // true or false, the same on every platform for seed 42
 */
export class RandomStream {
  private readonly generator: Generator;

  private constructor(seed: number) {
    this.generator = xoroshiro128plus(seed);
  }

  /**
   * A stream for `seed` and the sub-stream `keys`. Keys are mixed with a 32-bit integer hash
   * (Math.imul), which is exact on every platform.
   *
   * @example
   * RandomStream.derive(7, 2020, 3).uniform(); // a number in [0, 1)
   */
  static derive(seed: number, ...keys: number[]): RandomStream {
    let h = mix32(seed | 0);
    for (const key of keys) h = mix32(h ^ mix32(key | 0));
    return new RandomStream(h);
  }

  /** A uniform number in [0, 1) with 53 random bits. */
  uniform(): number {
    return uniformFloat64(this.generator);
  }

  /** A uniform integer in [0, n − 1]; `n` must be a positive integer. */
  int(n: number): number {
    return uniformInt(this.generator, 0, n - 1);
  }

  /** A uniform integer in [from, to] (both included). */
  between(from: number, to: number): number {
    return uniformInt(this.generator, from, to);
  }

  /** `true` with probability `p`. */
  chance(p: number): boolean {
    return this.uniform() < p;
  }

  /**
   * The index drawn from non-negative `weights` (they need not sum to 1). Returns the last index
   * with a positive weight when rounding leaves the draw past the end.
   */
  pick(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let u = this.uniform() * total;
    let last = 0;
    for (let i = 0; i < weights.length; i++) {
      const w = weights[i]!;
      if (w <= 0) continue;
      last = i;
      if (u < w) return i;
      u -= w;
    }
    return last;
  }

  /** One element of `items`, chosen with `weights` (same length). */
  pickFrom<T>(items: readonly T[], weights: readonly number[]): T {
    return items[this.pick(weights)]!;
  }
}

/**
 * A 32-bit finaliser (murmur3 fmix32): spreads every input bit over the output. Exact integer
 * arithmetic, identical on every platform.
 *
 * @example
 * mix32(1) !== mix32(2); // true
 */
export function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x | 0;
}
