import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cellKey, recordKeys } from "../../../src/disclosure/tables/cell-key.js";
import { perturbationTable, perturbCount } from "../../../src/disclosure/tables/perturbation-table.js";

const table = perturbationTable({ maxDeviation: 4, sigma: 1.5, blockedUpTo: 4 });

describe("cell-key method properties", () => {
  it("perturbCount() is deterministic for a key and the cell key ignores record order", () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 30 }), (ids) => {
        const keys = Array.from(recordKeys(ids, "secret-of-the-test-0123456789abcdef"));
        const key = cellKey(keys);
        expect(cellKey([...keys].reverse())).toBe(key);
        expect(perturbCount(table, ids.length, key)).toBe(perturbCount(table, ids.length, cellKey(keys)));
        expect(recordKeys(ids, "secret-of-the-test-0123456789abcdef")).toEqual(Uint32Array.from(keys));
      }),
      { numRuns: 300, seed: 21 },
    );
  });

  it("perturbCount() stays within the table's maximum deviation and never publishes 1–4", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (n, key) => {
          const published = perturbCount(table, n, key);
          expect(Math.abs(published - n)).toBeLessThanOrEqual(4);
          expect(published >= 1 && published <= 4).toBe(false);
          expect(published).toBeGreaterThanOrEqual(0);
          if (n === 0) expect(published).toBe(0);
        },
      ),
      { numRuns: 2000, seed: 21 },
    );
  });

  it("every row of the table is unbiased: Σ p·published = n, probabilities sum to 1", () => {
    for (const row of table.rows) {
      const total = row.outcomes.reduce((s, o) => s + o.probability, 0);
      const mean = row.outcomes.reduce((s, o) => s + o.probability * o.published, 0);
      expect(total).toBeCloseTo(1, 12);
      expect(mean).toBeCloseTo(row.count, 9);
      expect(row.variance).toBeLessThanOrEqual(table.maxVariance);
    }
    // A 1 can only become 0 or 5; unbiased means P(5) = 1/5.
    expect(table.rows[1]!.outcomes.map((o) => o.published)).toEqual([0, 5]);
    expect(table.rows[1]!.outcomes[1]!.probability).toBeCloseTo(0.2, 12);
  });

  it("the noise averages to 0 over 4,000 cells of each size 1–12 with HMAC record keys (within 4 standard errors)", () => {
    const keys = recordKeys(
      Array.from({ length: 4000 }, (_, i) => `cell-${i}`),
      "unbiasedness-test-secret-0123456789",
    );
    for (let n = 1; n <= 12; n++) {
      const noises = Array.from(keys, (k) => perturbCount(table, n, cellKey([k])) - n);
      const mean = noises.reduce((s, x) => s + x, 0) / noises.length;
      const variance = table.rows[Math.min(n, table.rows.length - 1)]!.variance;
      if (variance === 0) expect(mean).toBe(0);
      else expect(Math.abs(mean)).toBeLessThan(4 * Math.sqrt(variance / noises.length));
    }
  });
});
