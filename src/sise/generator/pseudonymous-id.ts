import { createHash, createHmac } from "node:crypto";

/** 36^11: the number of 11-character base-36 INEs. */
const INE_SPACE = 36n ** 11n;
/** Bits given to each part of a student's position, so that distinct positions get distinct INEs. */
const INDEX_BITS = 24n;
const POPULATION_BITS = 10n;

/**
 * The pseudonymisation key of the synthetic data of a seed: SHA-256 of `oraccle-synthetic-key:{seed}`,
 * 32 bytes that pass the toolkit's strong-key checks. It is public, because the data are
 * synthetic: it lets `oraccle link` turn the synthetic INEs of the generated establishment extract
 * into the synthetic SISE ids. Never use it for real data.
 *
 * @param seed generator seed
 * @returns 32 bytes
 * @example
 * syntheticPseudonymisationKey(20240901).toString("hex"); // 64 hex digits, the same on every run
 */
export function syntheticPseudonymisationKey(seed: number): Buffer {
  return createHash("sha256").update(`oraccle-synthetic-key:${seed}`).digest();
}

/**
 * The synthetic INE of the student at position `parts` (entry cohort, population, index): 11
 * upper-case base-36 characters, distinct for distinct positions (an affine bijection of the
 * position, keyed by the seed, so that INEs look scattered). It is NOT a real INE: it has the
 * shape of one, not its check character.
 *
 * @param seed generator seed
 * @param parts `[cohort, population, index]` with population < 1024 and index < 2^24
 * @example
 * syntheticIne(20240901, [2015, 0, 17]); // 11 characters such as "K3X0…", the same on every run
 */
export function syntheticIne(seed: number, parts: readonly number[]): string {
  const [cohort = 0, population = 0, index = 0] = parts;
  if (
    population < 0 ||
    population >= 2 ** Number(POPULATION_BITS) ||
    index < 0 ||
    index >= 2 ** Number(INDEX_BITS)
  ) {
    throw new RangeError(`synthetic student position out of range: ${parts.join("/")}`);
  }
  const position =
    ((BigInt(cohort - 1900) << POPULATION_BITS) + BigInt(population)) * (1n << INDEX_BITS) + BigInt(index);
  const { a, b } = affineOf(seed);
  return ((a * position + b) % INE_SPACE).toString(36).toUpperCase().padStart(11, "0");
}

const affines = new Map<number, { a: bigint; b: bigint }>();

/** The seed's affine map n ↦ a·n + b modulo 36^11 (cached: one per seed). */
function affineOf(seed: number): { a: bigint; b: bigint } {
  let affine = affines.get(seed);
  if (affine === undefined) {
    const mix = createHash("sha256").update(`oraccle-synthetic-ine:${seed}`).digest();
    // A multiplier prime to 36 (odd, not a multiple of 3) makes the map a bijection modulo 36^11.
    let a = mix.readBigUInt64BE(0) % INE_SPACE;
    while (a % 2n === 0n || a % 3n === 0n) a += 1n;
    affine = { a, b: mix.readBigUInt64BE(8) % INE_SPACE };
    affines.set(seed, affine);
  }
  return affine;
}

/**
 * A pseudonymous student id like the keyed hash CASD extracts carry: HMAC-SHA-256 of the
 * student's synthetic INE ({@link syntheticIne}) under the synthetic key of the seed
 * ({@link syntheticPseudonymisationKey}), truncated to 64 bits (16 hexadecimal characters). It is
 * exactly what the toolkit's pseudonymiser computes with that key and 64 bits, so the generated
 * establishment extract (which carries INEs) can be linked to the SISE files.
 *
 * @param seed generator seed
 * @param parts integers locating the student (entry cohort, population, index)
 * @returns 16 lower-case hexadecimal characters
 * @example
 * pseudonymousId(42, [2015, 0, 17]); // "…16 hex digits…", the same on every run
 */
export function pseudonymousId(seed: number, parts: readonly number[]): string {
  return createHmac("sha256", syntheticPseudonymisationKey(seed))
    .update(syntheticIne(seed, parts))
    .digest("hex")
    .slice(0, 16);
}
