import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import { describe, expect, it } from "vitest";
import {
  aggregatedSequenceDistances,
  sequenceDistances,
} from "../../../src/sequences/distances/sequence-distances.js";
import {
  aggregatedSequenceDistancesParallel,
  sequenceDistancesParallel,
} from "../../../src/sequences/distances/sequence-distances-parallel.js";

/** 300 random sequences of length 0..20 over 4 states: 44,850 pairs, enough to use the threads. */
function randomSequences(seed: number): Int32Array[] {
  const rng = xoroshiro128plus(seed);
  return Array.from({ length: 300 }, () =>
    Int32Array.from({ length: uniformInt(rng, 0, 20) }, () => uniformInt(rng, 0, 3)),
  );
}

const bytes = (values: Float64Array) => Buffer.from(values.buffer, values.byteOffset, values.byteLength);

describe("sequenceDistancesParallel()", () => {
  it("gives byte-identical OM distances to the single-thread version, normalised or not", async () => {
    const sequences = randomSequences(1);
    for (const norm of ["none", "maxlength", "gmean", "YujianBo"] as const) {
      const options = { alphabetSize: 4, method: "OM" as const, sm: "TRATE" as const, norm };
      const single = sequenceDistances(sequences, options);
      const parallel = await sequenceDistancesParallel(sequences, { ...options, threads: 3 });
      expect(bytes(parallel.values).equals(bytes(single.values))).toBe(true);
    }
  });

  it("gives the same LCS distances and the same aggregation", async () => {
    const sequences = randomSequences(2);
    const single = aggregatedSequenceDistances(sequences, { alphabetSize: 4, method: "LCS", norm: "auto" });
    const parallel = await aggregatedSequenceDistancesParallel(sequences, {
      alphabetSize: 4,
      method: "LCS",
      norm: "auto",
      threads: 2,
    });
    expect(bytes(parallel.distances.values).equals(bytes(single.distances.values))).toBe(true);
    expect(Array.from(parallel.cases.disaggIndex)).toEqual(Array.from(single.cases.disaggIndex));
  });
});
