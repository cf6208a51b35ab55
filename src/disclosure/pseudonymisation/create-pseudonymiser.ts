import { keyedHash } from "./keyed-hash.js";
import { assertStrongKey } from "./pseudonymisation-key.js";

/** Options of {@link createPseudonymiser}. */
export interface PseudonymiserOptions {
  /** The secret key, from {@link loadPseudonymisationKey}. Checked again here: no weak key passes. */
  key: Uint8Array;
  /**
   * Bits kept from the 256-bit HMAC (multiple of 8, at least 64). Collisions among N identifiers
   * happen with probability ≈ N² / 2^(bits+1): 64 bits keep it below 3·10⁻⁶ for 10⁷ students.
   * Default `256` (no truncation).
   */
  bits?: number;
  /**
   * A release or domain label mixed into every pseudonym (`HMAC(key, context ‖ 0x00 ‖ id)`), so
   * that one key can serve unlinkable releases. Default: none (`HMAC(key, id)`).
   */
  context?: string;
  /**
   * How identifiers are normalised before hashing, so that `" 123456789ab "` and `"123456789AB"`
   * get the same pseudonym. Default: trim and upper-case (INE spelling). `false` keeps them as is.
   */
  normalise?: ((id: string) => string) | false;
}

/**
 * Returns a function that replaces an identifier (an INE, a student number) by its keyed
 * pseudonym HMAC-SHA-256(key, normalised id), as hex.
 *
 * **This is pseudonymisation, not anonymisation.** Whoever holds the key — or the original
 * identifiers and the key — can link pseudonyms back to people, and the other variables may still
 * re-identify them: pseudonymised data remain personal data under the GDPR (recital 26,
 * art. 4(5)). Only data that pass the disclosure checks ({@link checkRelease}) may be opened. An
 * unkeyed hash of an INE would be worse still: INEs can be enumerated and hashed by anyone.
 *
 * @throws OraccleError with `ExitCode.security` when the key is weak.
 * @example
 * const pseudonymise = createPseudonymiser({ key: loadPseudonymisationKey({}), bits: 128 });
 * pseudonymise("0123456789A"); // 32 hex digits, the same for every run with this key
 */
export function createPseudonymiser(options: PseudonymiserOptions): (id: string) => string {
  assertStrongKey(options.key, "the options");
  const bits = options.bits ?? 256;
  if (!Number.isInteger(bits) || bits % 8 !== 0 || bits < 64 || bits > 256) {
    throw new RangeError(`bits must be a multiple of 8 between 64 and 256, got ${bits}`);
  }
  const key = Buffer.from(options.key);
  const normalise =
    options.normalise === false ? (id: string) => id : (options.normalise ?? defaultNormalise);
  const prefix = options.context === undefined ? undefined : Buffer.from(`${options.context}\u0000`, "utf8");
  return (id: string) => {
    const normalised = Buffer.from(normalise(id), "utf8");
    return keyedHash(key, prefix ? Buffer.concat([prefix, normalised]) : normalised, bits);
  };
}

function defaultNormalise(id: string): string {
  return id.trim().toUpperCase();
}
