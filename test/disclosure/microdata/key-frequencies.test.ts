import fc from "fast-check";
import pl from "nodejs-polars";
import { describe, expect, it } from "vitest";
import { InputError, OraccleError } from "../../../src/core/errors.js";
import { keyFrequencies } from "../../../src/disclosure/microdata/key-frequencies.js";
import { sdcMicroTestData } from "./sdcmicro-fixtures.js";

const column = (frame: pl.DataFrame, name: string) => frame.getColumn(name).toArray() as number[];

describe("keyFrequencies()", () => {
  it("counts records sharing the key and sums their weights", () => {
    const df = pl.DataFrame({ sexe: ["1", "1", "2", "1"], age: [20, 20, 20, 21], w: [1.5, 2, 3, 4] });
    const out = keyFrequencies(df, ["sexe", "age"], { weights: "w" });
    expect(column(out, "fk")).toEqual([2, 2, 1, 1]);
    expect(column(out, "Fk")).toEqual([3.5, 3.5, 3, 4]);
    expect(out.columns).toEqual(["sexe", "age", "w", "fk", "Fk"]);
  });

  it("adds no Fk column without weights", () => {
    const out = keyFrequencies(pl.DataFrame({ a: ["x"] }), ["a"]);
    expect(out.columns).toEqual(["a", "fk"]);
  });

  // sdcMicro tests/testthat/test_indivRisk.R, "with missing" data: survey = FALSE gives r = 1/fk,
  // published rounded as 0.33333, 1, 0.25, 0.5, 0.33333, 0.33333, 1, 0.2 → fk = 3,1,4,2,3,3,1,5.
  it("treats a missing key value as a wildcard, as sdcMicro freqCalc (test_indivRisk.R)", () => {
    const out = keyFrequencies(sdcMicroTestData(true), ["A", "B", "C"]);
    expect(column(out, "fk")).toEqual([3, 1, 4, 2, 3, 3, 1, 5]);
  });

  it("lets a missing education match both other records (SDC Practice Guide Table 4.2: fk 2, 2, 3)", () => {
    const df = pl.DataFrame({
      Gender: ["Male", "Male", "Male"],
      Education: ["Secondary complete", "Secondary incomplete", null],
      Labor: ["Employed", "Employed", "Employed"],
    });
    expect(column(keyFrequencies(df, ["Gender", "Education", "Labor"]), "fk")).toEqual([2, 2, 3]);
  });

  it("treats a missing key value as its own category on request", () => {
    const out = keyFrequencies(sdcMicroTestData(true), ["A", "B", "C"], { missing: "category" });
    // A B C: (2,3,1) (3,3,3) (2,3,NA) (2,3,2) (3,3,1) (3,3,1) (1,4,NA) (NA,3,1)
    expect(column(out, "fk")).toEqual([1, 1, 1, 1, 2, 2, 1, 1]);
  });

  it("gives a record whose keys are all missing the whole sample, with weights", () => {
    const df = pl.DataFrame({ a: ["x", "y", null], b: ["u", "v", null], w: [1, 2, 4] });
    const out = keyFrequencies(df, ["a", "b"], { weights: "w" });
    expect(column(out, "fk")).toEqual([2, 2, 3]);
    expect(column(out, "Fk")).toEqual([5, 6, 7]);
  });

  it("weights wildcard matches by alpha the way sdcMicro does", () => {
    // Complete keys count NA matches × alpha; a key with NA counts complete matches fully and
    // other NA keys × alpha (sdcMicro R/freqCalc.r).
    const df = pl.DataFrame({ a: ["x", "x", null, null], b: ["u", "u", "u", "u"], c: ["p", "p", "p", null] });
    const out = keyFrequencies(df, ["a", "b", "c"], { alpha: 0.5 });
    expect(column(out, "fk")).toEqual([2 + 0.5 * 2, 2 + 0.5 * 2, 1 + 2 + 0.5 * 1, 1 + 2 + 0.5 * 1]);
  });

  it("keeps row order and other columns when matching wildcards", () => {
    const df = pl.DataFrame({ id: [10, 11, 12, 13], a: ["y", null, "x", "x"] });
    const out = keyFrequencies(df, ["a"]);
    expect(column(out, "id")).toEqual([10, 11, 12, 13]);
    expect(column(out, "fk")).toEqual([2, 4, 3, 3]);
  });

  it("names the missing key column and rejects bad weights with their row", () => {
    const df = pl.DataFrame({ a: ["x", "y"], w: [1, -2] });
    expect(() => keyFrequencies(df, ["b"])).toThrow(OraccleError);
    expect(() => keyFrequencies(df, ["b"])).toThrow(/« b ».*colonnes présentes : a, w/);
    expect(() => keyFrequencies(df, ["a"], { weights: "w" })).toThrow(InputError);
    expect(() => keyFrequencies(df, ["a"], { weights: "w" })).toThrow(/:3, colonne « w », valeur « -2 »/);
    expect(() => keyFrequencies(df, [])).toThrow(/at least one key/);
  });

  it("equals the pairwise definition on random data: fk = records agreeing on every key where both are known", () => {
    const cell = fc.option(fc.constantFrom("a", "b", "c"), { freq: 4 });
    const row = fc.tuple(cell, cell, cell, fc.integer({ min: 1, max: 9 }));
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 30 }),
        fc.constantFrom(1, 0.5, 0),
        (rows, alpha) => {
          const df = pl.DataFrame({
            a: pl.Series(
              "a",
              rows.map((r) => r[0]),
              pl.Utf8,
            ),
            b: pl.Series(
              "b",
              rows.map((r) => r[1]),
              pl.Utf8,
            ),
            c: pl.Series(
              "c",
              rows.map((r) => r[2]),
              pl.Utf8,
            ),
            w: rows.map((r) => r[3]),
          });
          const out = keyFrequencies(df, ["a", "b", "c"], { weights: "w", alpha });
          const fk = column(out, "fk");
          const Fk = column(out, "Fk");
          rows.forEach((ri, i) => {
            // sdcMicro freqCalc: exact matches and complete records count fully; other wildcard
            // matches count alpha; a record with only missing keys counts everyone. (All-missing
            // records also count, × alpha, for complete keys: our documented difference.)
            const iHasNa = ri.slice(0, 3).some((v) => v === null);
            const allNa = ri.slice(0, 3).every((v) => v === null);
            let f = 0;
            let F = 0;
            rows.forEach((rj) => {
              const compatible = [0, 1, 2].every((k) => ri[k] === null || rj[k] === null || ri[k] === rj[k]);
              if (!compatible) return;
              const identical = [0, 1, 2].every((k) => ri[k] === rj[k]);
              const jHasNa = rj.slice(0, 3).some((v) => v === null);
              const weight = allNa || identical || (iHasNa && !jHasNa) ? 1 : alpha;
              f += weight;
              F += weight * rj[3];
            });
            expect(fk[i]).toBeCloseTo(f, 9);
            expect(Fk[i]).toBeCloseTo(F, 9);
          });
        },
      ),
      { numRuns: 60, seed: 7 },
    );
  });
});
