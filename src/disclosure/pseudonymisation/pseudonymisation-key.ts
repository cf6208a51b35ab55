import { readFileSync } from "node:fs";
import { ExitCode, OraccleError } from "../../core/errors.js";

/**
 * Default environment variable holding the pseudonymisation key.
 *
 * @example
 * // export ORACCLE_PSEUDONYMISATION_KEY=$(openssl rand -hex 32)
 * process.env[PSEUDONYMISATION_KEY_VARIABLE];
 */
export const PSEUDONYMISATION_KEY_VARIABLE = "ORACCLE_PSEUDONYMISATION_KEY";

/** Options of {@link loadPseudonymisationKey}: where the key is. Give a file or a variable. */
export interface PseudonymisationKeySource {
  /** Path of a file holding the key (kept outside the repository and the release). */
  file?: string;
  /** Name of an environment variable holding the key. Default {@link PSEUDONYMISATION_KEY_VARIABLE}. */
  variable?: string;
  /** The environment to read. Default `process.env`. */
  environment?: Record<string, string | undefined>;
}

/**
 * Reads the secret key of a pseudonymisation from a file or an environment variable and checks
 * that it is strong. There is deliberately **no default key**: without one, this throws.
 *
 * Text format (file or variable, surrounding whitespace ignored): 64 or more hexadecimal digits
 * (e.g. `openssl rand -hex 32`), or `base64:` followed by base64 (`openssl rand -base64 32`), or
 * else the raw UTF-8 bytes of the text. The decoded key must have at least 32 bytes (256 bits)
 * and look random (see {@link assertStrongKey}). Use a new key for every release, so that two
 * releases cannot be linked unless that is intended.
 *
 * @throws OraccleError with `ExitCode.security` when no key is found, the file is unreadable,
 * or the key is weak.
 * @example
 * // export ORACCLE_PSEUDONYMISATION_KEY=$(openssl rand -hex 32)
 * const key = loadPseudonymisationKey({});
 * const key2 = loadPseudonymisationKey({ file: "/secure/keys/release-2025.key" });
 */
export function loadPseudonymisationKey(source: PseudonymisationKeySource = {}): Buffer {
  let text: string;
  let origin: string;
  if (source.file !== undefined) {
    origin = `key file '${source.file}'`;
    try {
      text = readFileSync(source.file, "utf8");
    } catch (error) {
      throw new OraccleError(
        `cannot read the ${origin} (${(error as NodeJS.ErrnoException).code ?? "error"}); pseudonymisation needs a secret key`,
        ExitCode.security,
        { cause: error },
      );
    }
  } else {
    const variable = source.variable ?? PSEUDONYMISATION_KEY_VARIABLE;
    origin = `environment variable ${variable}`;
    const value = (source.environment ?? process.env)[variable];
    if (value === undefined || value.trim() === "") {
      throw new OraccleError(
        `no pseudonymisation key: set ${variable} or give a key file (there is no default key). Create one with 'openssl rand -hex 32' and keep it out of the repository and of the release`,
        ExitCode.security,
      );
    }
    text = value;
  }
  const key = decodeKey(text.trim());
  assertStrongKey(key, origin);
  return key;
}

/**
 * Refuses a key that is too short (< 32 bytes) or that does not look random: fewer than 16
 * distinct byte values, or an empirical entropy below 3.5 bits per byte (a random 32-byte key has
 * about 4.8; `"passwordpassword…"` has 2.8). These checks catch typing accidents and toy keys; they
 * cannot prove that a key is random — generate it with a CSPRNG.
 *
 * @throws OraccleError with `ExitCode.security`, naming the problem but never the key.
 * @example
 * assertStrongKey(randomBytes(32)); // passes
 * assertStrongKey(Buffer.from("secret")); // throws: 6 bytes, at least 32 needed
 */
export function assertStrongKey(key: Uint8Array, origin = "the key"): void {
  if (key.length < 32) {
    throw new OraccleError(
      `the pseudonymisation key from ${origin} is too short: ${key.length} bytes, at least 32 (256 bits) needed; create one with 'openssl rand -hex 32'`,
      ExitCode.security,
    );
  }
  const counts = new Map<number, number>();
  for (const byte of key) counts.set(byte, (counts.get(byte) ?? 0) + 1);
  let entropy = 0;
  for (const count of counts.values()) {
    const p = count / key.length;
    entropy -= p * Math.log2(p);
  }
  if (counts.size < 16 || entropy < 3.5) {
    throw new OraccleError(
      `the pseudonymisation key from ${origin} does not look random (${counts.size} distinct bytes, ${entropy.toFixed(1)} bits of entropy per byte); create one with 'openssl rand -hex 32'`,
      ExitCode.security,
    );
  }
}

/** Hex (≥ 64 digits), `base64:…`, or raw UTF-8 text. */
function decodeKey(text: string): Buffer {
  if (/^[0-9a-fA-F]{64,}$/.test(text) && text.length % 2 === 0) return Buffer.from(text, "hex");
  if (text.startsWith("base64:")) return Buffer.from(text.slice("base64:".length), "base64");
  return Buffer.from(text, "utf8");
}
