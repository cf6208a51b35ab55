import { createHmac } from "node:crypto";

/**
 * HMAC-SHA-256 (RFC 2104 with SHA-256, FIPS 180-4) of `message` under `key`, as lower-case hex,
 * truncated to its leftmost `bits` bits (RFC 4231 §4.6 truncation). This is the low-level
 * primitive: it checks nothing about the key. Pseudonymise identifiers with
 * {@link createPseudonymiser}, which refuses missing and weak keys.
 *
 * @param key the secret key (bytes, or a string taken as UTF-8)
 * @param message the data to authenticate (a string is taken as UTF-8)
 * @param bits how many leading bits to keep, a multiple of 8 between 8 and 256. Default `256`.
 * @example
 * keyedHash(Buffer.alloc(20, 0x0b), "Hi There"); // RFC 4231 test case 1
 * // "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"
 */
export function keyedHash(key: Uint8Array | string, message: Uint8Array | string, bits = 256): string {
  if (!Number.isInteger(bits) || bits % 8 !== 0 || bits < 8 || bits > 256) {
    throw new RangeError(`bits must be a multiple of 8 between 8 and 256, got ${bits}`);
  }
  return createHmac("sha256", key)
    .update(message)
    .digest()
    .subarray(0, bits / 8)
    .toString("hex");
}
