import { createPseudonymiser } from "../disclosure/pseudonymisation/create-pseudonymiser.js";

/**
 * Options of {@link createIneHasher}.
 *
 * @example
 * const options: IneHasherOptions = { key: loadPseudonymisationKey({}), bits: 64 };
 */
export interface IneHasherOptions {
  /** The pseudonymisation key SISE's ids were made with ({@link loadPseudonymisationKey}); a weak key is refused. */
  key: Uint8Array;
  /** Bits the SISE ids keep (4 per hexadecimal character). Default `64` (16 characters, as the embedded extract). */
  bits?: number;
  /** The context label the SISE ids were made with, if any. Default none. */
  context?: string;
}

/**
 * The keyed hash that turns an INE into its SISE id: the toolkit's pseudonymiser
 * (HMAC-SHA-256 of the trimmed, upper-cased INE under the secret key, truncated to `bits`), so an
 * establishment's INEs meet SISE's ids only where the same key made both. Linking happens inside
 * the secure environment, before anonymisation; the INEs never leave it.
 *
 * @throws OraccleError with `ExitCode.security` (exit 5) when the key is weak
 * @example
 * const siseId = createIneHasher({ key: loadPseudonymisationKey({ file: "cle.txt" }) });
 * siseId("0123456789A"); // 16 hex digits
 */
export function createIneHasher(options: IneHasherOptions): (ine: string) => string {
  return createPseudonymiser({
    key: options.key,
    bits: options.bits ?? 64,
    ...(options.context !== undefined ? { context: options.context } : {}),
  });
}
