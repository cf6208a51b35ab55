import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import { describe, expect, it } from "vitest";
import { adjustedRandIndex } from "../../../src/sequences/clustering/adjusted-rand-index.js";
import { claraClustering } from "../../../src/sequences/clustering/clara-clustering.js";
import { pamClustering } from "../../../src/sequences/clustering/pam-clustering.js";
import { aggregatedSequenceDistances } from "../../../src/sequences/distances/sequence-distances.js";

/** Three well-separated families of length-12 paths (mostly state 0, 1 or 2) with a little noise. */
function families(count: number, seed: number): { sequences: Int32Array[]; family: number[] } {
  const rng = xoroshiro128plus(seed);
  const sequences: Int32Array[] = [];
  const family: number[] = [];
  for (let i = 0; i < count; i++) {
    const f = i % 3;
    family.push(f);
    sequences.push(
      Int32Array.from({ length: 12 }, () => (uniformFloat64(rng) < 0.85 ? f : uniformInt(rng, 0, 3))),
    );
  }
  return { sequences, family };
}

describe("claraClustering()", () => {
  const { sequences, family } = families(900, 7);
  const options = { alphabetSize: 4, method: "OM" as const, sm: "TRATE" as const, k: 3, samples: 10 };

  it("recovers well-separated groups from subsamples only", () => {
    const result = claraClustering(sequences, options);
    expect(adjustedRandIndex(result.labels, family)).toBeGreaterThan(0.95);
    expect(result.medoids.length).toBe(3);
    expect(result.evaluated).toBeGreaterThanOrEqual(1);
  });

  it("is deterministic for a seed", () => {
    const a = claraClustering(sequences, { ...options, seed: 3 });
    const b = claraClustering(sequences, { ...options, seed: 3 });
    expect(Array.from(a.labels)).toEqual(Array.from(b.labels));
    expect(a.meanDistance).toBe(b.meanDistance);
  });

  it("equals weighted PAM on the distinct sequences when the subsample holds them all", () => {
    const small = families(60, 9).sequences;
    const clara = claraClustering(small, { ...options, sampleSize: 1000 });
    const { distances, cases } = aggregatedSequenceDistances(small, {
      alphabetSize: 4,
      method: "OM",
      sm: "TRATE",
    });
    const pam = pamClustering(distances, { k: 3, weights: cases.aggWeights });
    const pamLabels = Array.from(cases.disaggIndex, (u) => pam.labels[u]!);
    expect(adjustedRandIndex(clara.labels, pamLabels)).toBe(1);
    expect(clara.meanDistance * small.length).toBeCloseTo(pam.cost, 9);
  });

  it("rejects a subsample smaller than k", () => {
    expect(() => claraClustering(sequences, { ...options, sampleSize: 2 })).toThrow(/sampleSize/);
  });
});
