import fc from "fast-check";
import pl from "nodejs-polars";
import { describe, expect, it } from "vitest";
import { kAnonymityViolations } from "../../../src/disclosure/microdata/k-anonymity-violations.js";
import { keyFrequencies } from "../../../src/disclosure/microdata/key-frequencies.js";
import { localSuppression } from "../../../src/disclosure/microdata/local-suppression.js";

describe("localSuppression()", () => {
  // sdcMicro tests/testthat/test_freqCalc.R: after kAnon the frequencies are 3, 3, 3, 3, 5
  // (only the widow's status is suppressed).
  const df = pl.DataFrame({
    region: ["A", "A", "A", "A", "A"],
    status: ["single", "married", "married", "single", "widow"],
    agegroup: ["5", "5", "5", "5", "5"],
  });

  it("suppresses the widow's status only, as sdcMicro's kAnon example (fk 3, 3, 3, 3, 5)", () => {
    const r = localSuppression(df, ["region", "status", "agegroup"], 2);
    expect(r.suppressions).toBe(1);
    expect(r.byVariable).toEqual({ region: 0, status: 1, agegroup: 0 });
    expect(r.rows).toEqual([4]);
    expect(r.frame.getColumn("status").toArray()).toEqual(["single", "married", "married", "single", null]);
    expect(keyFrequencies(r.frame, ["region", "status", "agegroup"]).getColumn("fk").toArray()).toEqual([
      3, 3, 3, 3, 5,
    ]);
    expect(r.reached).toBe(true);
    expect(r.violatingBefore).toBe(1);
    expect(r.naiveSuppressions).toBe(3);
  });

  it("reaches 3-anonymity with the same single suppression thanks to the wildcard", () => {
    const r = localSuppression(df, ["region", "status", "agegroup"], 3);
    expect(r.suppressions).toBe(1);
    expect(kAnonymityViolations(r.frame, ["region", "status", "agegroup"], 3).satisfied).toBe(true);
  });

  it("suppresses the less important variable first when either would do", () => {
    // Four unique records; suppressing a or b in any of them gives a match of 2.
    const four = pl.DataFrame({ a: ["x", "x", "y", "y"], b: ["u", "v", "u", "v"] });
    const keepB = localSuppression(four, ["a", "b"], 2, { importance: { a: 2, b: 1 } });
    expect(keepB.frame.getColumn("a").toArray()).toEqual([null, null, "y", "y"]);
    expect(keepB.frame.getColumn("b").toArray()).toEqual(["u", "v", "u", "v"]);
    expect(keepB.suppressions).toBe(2);
    const keepA = localSuppression(four, ["a", "b"], 2, { importance: { a: 1, b: 2 } });
    // (x,u) → (x,*) also covers (x,v); (y,u) → (y,*) covers (y,v).
    expect(keepA.frame.getColumn("b").toArray()).toEqual([null, "v", null, "v"]);
    expect(keepA.byVariable).toEqual({ a: 0, b: 2 });
  });

  it("prefers one suppression that works over the less important variable that would not", () => {
    // (y,v) is unique: suppressing a gives (*,v), still unique; suppressing b gives (y,*) → 2.
    const two = pl.DataFrame({ a: ["x", "x", "y", "y"], b: ["u", "u", "v", "u"] });
    const r = localSuppression(two, ["a", "b"], 2, { importance: { a: 2, b: 1 } });
    expect(r.frame.getColumn("b").toArray()).toEqual(["u", "u", null, "u"]);
    expect(r.suppressions).toBe(1);
  });

  it("says when k cannot be reached (fewer records than k)", () => {
    const r = localSuppression(pl.DataFrame({ a: ["x", "y"] }), ["a"], 3);
    expect(r.reached).toBe(false);
  });

  it("always reaches k and never suppresses more than the naive baseline (property, fast-check)", () => {
    const record = fc.tuple(
      fc.option(fc.constantFrom("a", "b", "c", "d"), { freq: 8 }),
      fc.option(fc.constantFrom("1", "2", "3"), { freq: 8 }),
      fc.option(fc.constantFrom("p", "q"), { freq: 8 }),
      fc.option(fc.integer({ min: 0, max: 4 }), { freq: 8 }),
    );
    fc.assert(
      fc.property(
        fc.array(record, { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 6 }),
        (rows, k) => {
          const frame = pl.DataFrame({
            k1: pl.Series(
              "k1",
              rows.map((r) => r[0]),
              pl.Utf8,
            ),
            k2: pl.Series(
              "k2",
              rows.map((r) => r[1]),
              pl.Utf8,
            ),
            k3: pl.Series(
              "k3",
              rows.map((r) => r[2]),
              pl.Utf8,
            ),
            k4: pl.Series(
              "k4",
              rows.map((r) => r[3]),
              pl.Float64,
            ),
            id: rows.map((_, i) => i),
          });
          const keys = ["k1", "k2", "k3", "k4"];
          const violations = kAnonymityViolations(frame, keys, k);
          // Naive baseline: every non-null key value of every violating record.
          const naive = violations.rows.reduce((s, i) => s + rows[i]!.filter((v) => v !== null).length, 0);
          const result = localSuppression(frame, keys, k);
          expect(result.naiveSuppressions).toBe(naive);
          expect(result.suppressions).toBeLessThanOrEqual(naive);
          if (rows.length >= k) {
            expect(result.reached).toBe(true);
            expect(kAnonymityViolations(result.frame, keys, k).satisfied).toBe(true);
          }
          // Only nulls were added, only in records that violated k at the start.
          const violating = new Set(violations.rows);
          keys.forEach((key, j) => {
            const after = result.frame.getColumn(key).toArray();
            rows.forEach((r, i) => {
              if (after[i] !== null) expect(after[i]).toEqual(r[j]);
              else if (r[j] !== null) expect(violating.has(i)).toBe(true);
            });
          });
          expect(result.frame.getColumn("id").toArray()).toEqual(rows.map((_, i) => i));
        },
      ),
      { numRuns: 100, seed: 20261128 },
    );
  });
});
