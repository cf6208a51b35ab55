import { describe, expect, it } from "vitest";
import { keyedHash } from "../../../src/disclosure/pseudonymisation/keyed-hash.js";

// IETF RFC 4231, "Identifiers and Test Vectors for HMAC-SHA-224, HMAC-SHA-256, HMAC-SHA-384, and
// HMAC-SHA-512" (2005), §4.2–4.8: the HMAC-SHA-256 values, re-typed from the RFC.
const bytes = (byte: number, length: number) => Buffer.alloc(length, byte);

describe("keyedHash() matches the RFC 4231 HMAC-SHA-256 test vectors", () => {
  it.each([
    [
      "1",
      bytes(0x0b, 20),
      Buffer.from("Hi There"),
      "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
    ],
    [
      "2 (key shorter than the length of the HMAC output)",
      Buffer.from("Jefe"),
      Buffer.from("what do ya want for nothing?"),
      "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
    ],
    [
      "3",
      bytes(0xaa, 20),
      bytes(0xdd, 50),
      "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe",
    ],
    [
      "4",
      Buffer.from(Array.from({ length: 25 }, (_, i) => i + 1)),
      bytes(0xcd, 50),
      "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b",
    ],
    [
      "6 (key larger than the block size)",
      bytes(0xaa, 131),
      Buffer.from("Test Using Larger Than Block-Size Key - Hash Key First"),
      "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54",
    ],
    [
      "7 (key and data larger than the block size)",
      bytes(0xaa, 131),
      Buffer.from(
        "This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.",
      ),
      "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2",
    ],
  ])("test case %s", (_, key, data, expected) => {
    expect(keyedHash(key, data)).toBe(expected);
  });

  it("test case 5: truncation to the leftmost 128 bits", () => {
    expect(keyedHash(bytes(0x0c, 20), "Test With Truncation", 128)).toBe("a3b6167473100ee06e0c796c2955552b");
  });

  it("refuses a truncation that is not a whole number of bytes", () => {
    expect(() => keyedHash("k", "m", 100)).toThrow(RangeError);
  });
});
