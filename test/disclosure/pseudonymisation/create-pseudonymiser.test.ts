import { randomBytes } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ExitCode, OraccleError } from "../../../src/core/errors.js";
import { createPseudonymiser } from "../../../src/disclosure/pseudonymisation/create-pseudonymiser.js";
import { keyedHash } from "../../../src/disclosure/pseudonymisation/keyed-hash.js";
import {
  assertStrongKey,
  loadPseudonymisationKey,
} from "../../../src/disclosure/pseudonymisation/pseudonymisation-key.js";

// A fixed test key (32 distinct bytes); real keys come from `openssl rand -hex 32`.
const testKeyHex = "8f3a1c5e7b9d2f4a6c8e0b1d3f5a7c9e2b4d6f8a0c1e3b5d7f9a2c4e6b8d0f13";
const testKey = Buffer.from(testKeyHex, "hex");

function securityError(run: () => unknown): OraccleError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(OraccleError);
    expect((error as OraccleError).exitCode).toBe(ExitCode.security);
    return error as OraccleError;
  }
  throw new Error("expected a security error");
}

describe("loadPseudonymisationKey()", () => {
  it("refuses to run without a key: there is no default", () => {
    const error = securityError(() => loadPseudonymisationKey({ environment: {} }));
    expect(error.message).toMatch(/no pseudonymisation key: set ORACCLE_PSEUDONYMISATION_KEY/);
  });

  it("reads a hex key from the environment variable", () => {
    expect(
      loadPseudonymisationKey({ environment: { ORACCLE_PSEUDONYMISATION_KEY: ` ${testKeyHex}\n` } }),
    ).toEqual(testKey);
  });

  it("reads a base64 key from a file", () => {
    const folder = mkdtempSync(join(tmpdir(), "oraccle-key-"));
    const file = join(folder, "release.key");
    writeFileSync(file, `base64:${testKey.toString("base64")}\n`);
    expect(loadPseudonymisationKey({ file })).toEqual(testKey);
  });

  it("names an unreadable key file without printing any key", () => {
    const error = securityError(() => loadPseudonymisationKey({ file: "/nonexistent/release.key" }));
    expect(error.message).toMatch(/cannot read the key file '\/nonexistent\/release.key' \(ENOENT\)/);
  });

  it("refuses a short key and a repetitive key, never echoing them", () => {
    const short = securityError(() =>
      loadPseudonymisationKey({ variable: "K", environment: { K: "correct horse battery" } }),
    );
    expect(short.message).toMatch(/too short: 21 bytes, at least 32/);
    expect(short.message).not.toMatch(/horse/);
    const repetitive = securityError(() =>
      loadPseudonymisationKey({ variable: "K", environment: { K: "passwordpasswordpasswordpassword" } }),
    );
    expect(repetitive.message).toMatch(/does not look random \(7 distinct bytes/);
    expect(repetitive.message).not.toMatch(/password/);
  });
});

describe("assertStrongKey()", () => {
  it("accepts 32 random bytes", () => {
    expect(() => assertStrongKey(randomBytes(32))).not.toThrow();
  });
});

describe("createPseudonymiser()", () => {
  it("gives HMAC-SHA-256(key, normalised INE), identical for differently spelt INEs", () => {
    const pseudonymise = createPseudonymiser({ key: testKey });
    expect(pseudonymise(" 0123456789a ")).toBe(keyedHash(testKey, "0123456789A"));
    expect(pseudonymise("0123456789A")).toHaveLength(64);
  });

  it("truncates to the requested bits and refuses fewer than 64", () => {
    expect(createPseudonymiser({ key: testKey, bits: 64 })("X")).toBe(keyedHash(testKey, "X").slice(0, 16));
    expect(() => createPseudonymiser({ key: testKey, bits: 32 })).toThrow(/between 64 and 256/);
  });

  it("makes releases with different contexts unlinkable", () => {
    const a = createPseudonymiser({ key: testKey, context: "release-2024" });
    const b = createPseudonymiser({ key: testKey, context: "release-2025" });
    expect(a("0123456789A")).not.toBe(b("0123456789A"));
    expect(a("0123456789A")).toBe(keyedHash(testKey, "release-2024\u00000123456789A"));
  });

  it("refuses a weak key passed directly", () => {
    securityError(() => createPseudonymiser({ key: Buffer.alloc(32, 7) }));
  });
});
