import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import { describe, expect, it } from "vitest";
import { distanceAt } from "../../../src/sequences/distances/distance-matrix.js";
import { distancesToReference } from "../../../src/sequences/distances/distances-to-reference.js";
import { sequenceDistances } from "../../../src/sequences/distances/sequence-distances.js";

function randomSequences(seed: number, fixedLength?: number): Int32Array[] {
  const rng = xoroshiro128plus(seed);
  return Array.from({ length: 40 }, () =>
    Int32Array.from({ length: fixedLength ?? uniformInt(rng, 1, 9) }, () => uniformInt(rng, 0, 2)),
  );
}

describe("distancesToReference()", () => {
  it("equals the reference's row of the full matrix for OM, LCS, HAM and DHD, normalised or not", () => {
    const free = randomSequences(3);
    const fixed = randomSequences(4, 6);
    const cases = [
      { sequences: free, options: { alphabetSize: 3, method: "OM" as const, sm: "TRATE" as const } },
      { sequences: free, options: { alphabetSize: 3, method: "LCS" as const } },
      { sequences: fixed, options: { alphabetSize: 3, method: "HAM" as const } },
      { sequences: fixed, options: { alphabetSize: 3, method: "DHD" as const } },
    ];
    for (const { sequences, options } of cases) {
      for (const norm of ["none", "auto", "maxdist", "YujianBo"] as const) {
        const full = sequenceDistances(sequences, { ...options, norm });
        const toRef = distancesToReference(sequences, 5, { ...options, norm });
        sequences.forEach((_, i) => {
          expect(toRef[i]).toBe(distanceAt(full, 5, i));
        });
      }
    }
  });

  it("accepts an external reference sequence", () => {
    const sequences = [Int32Array.of(0, 0, 1), Int32Array.of(1, 1, 1)];
    const d = distancesToReference(sequences, Int32Array.of(0, 1, 1), {
      alphabetSize: 2,
      method: "OM",
      sm: "CONSTANT",
    });
    expect(Array.from(d)).toEqual([2, 2]);
  });

  it("refuses a reference of another length for HAM", () => {
    expect(() =>
      distancesToReference([Int32Array.of(0, 1)], Int32Array.of(0), { alphabetSize: 2, method: "HAM" }),
    ).toThrow(/equal lengths/);
  });
});
