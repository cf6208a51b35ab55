import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createPseudonymiser } from "../../../src/disclosure/pseudonymisation/create-pseudonymiser.js";
import { assertStrongKey } from "../../../src/disclosure/pseudonymisation/pseudonymisation-key.js";
import {
  pseudonymousId,
  syntheticIne,
  syntheticPseudonymisationKey,
} from "../../../src/sise/generator/pseudonymous-id.js";

describe("pseudonymousId(seed, parts)", () => {
  it("is the toolkit's 64-bit pseudonym of the synthetic INE under the synthetic key", () => {
    const key = syntheticPseudonymisationKey(20240901);
    const pseudonymise = createPseudonymiser({ key, bits: 64 });
    for (const parts of [
      [2015, 0, 0],
      [2010, 6, 1234],
      [2024, 101, 17],
    ]) {
      expect(pseudonymousId(20240901, parts)).toBe(pseudonymise(syntheticIne(20240901, parts)));
    }
  });

  it("uses a synthetic key that passes the strong-key checks, 32 bytes of SHA-256", () => {
    const key = syntheticPseudonymisationKey(20240901);
    expect(key.length).toBe(32);
    expect(() => assertStrongKey(key)).not.toThrow();
    // Independent recomputation of one id with node:crypto.
    const ine = syntheticIne(20240901, [2016, 2, 5]);
    expect(pseudonymousId(20240901, [2016, 2, 5])).toBe(
      createHmac("sha256", key).update(ine).digest("hex").slice(0, 16),
    );
  });
});

describe("syntheticIne(seed, parts)", () => {
  it("gives 11 upper-case alphanumerics, distinct for distinct positions, stable across runs", () => {
    const seen = new Set<string>();
    for (let cohort = 2010; cohort <= 2012; cohort++)
      for (let population = 0; population < 10; population++)
        for (let i = 0; i < 200; i++) seen.add(syntheticIne(7, [cohort, population, i]));
    expect(seen.size).toBe(3 * 10 * 200);
    for (const ine of seen) expect(ine).toMatch(/^[0-9A-Z]{11}$/);
    expect(syntheticIne(7, [2011, 3, 9])).toBe(syntheticIne(7, [2011, 3, 9]));
    expect(syntheticIne(7, [2011, 3, 9])).not.toBe(syntheticIne(8, [2011, 3, 9]));
  });

  it("refuses a position out of range rather than reusing an INE", () => {
    expect(() => syntheticIne(7, [2011, 1024, 0])).toThrow(RangeError);
    expect(() => syntheticIne(7, [2011, 0, 2 ** 24])).toThrow(RangeError);
  });
});
