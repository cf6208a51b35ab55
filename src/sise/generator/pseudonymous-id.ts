import { createHmac } from "node:crypto";

/**
 * A pseudonymous student id that looks like the keyed hash CASD extracts carry (HMAC-SHA-256,
 * truncated to 16 hexadecimal characters), derived deterministically from the generator seed
 * and the student's position in the synthetic population. It is NOT derived from any real INE.
 *
 * @param seed generator seed (the HMAC key is derived from it)
 * @param parts integers locating the student (entry cohort, population, index)
 * @returns 16 lower-case hexadecimal characters
 * @example
 * pseudonymousId(42, [2015, 0, 17]); // "…16 hex digits…", the same on every run
 */
export function pseudonymousId(seed: number, parts: readonly number[]): string {
  return createHmac("sha256", `oraccle-synthetic-sise:${seed}`)
    .update(parts.join("/"))
    .digest("hex")
    .slice(0, 16);
}
