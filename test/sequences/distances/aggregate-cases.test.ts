import { describe, expect, it } from "vitest";
import { aggregateCases, disaggregate } from "../../../src/sequences/distances/aggregate-cases.js";

const seq = (...codes: number[]) => Int32Array.from(codes);

describe("aggregateCases()", () => {
  it("lists distinct sequences in order of first appearance with summed weights", () => {
    const agg = aggregateCases([seq(0, 1), seq(1), seq(0, 1), seq(0, 1, 1), seq(1)], [1, 2, 3, 4, 5]);
    expect(Array.from(agg.aggIndex)).toEqual([0, 1, 3]);
    expect(Array.from(agg.aggWeights)).toEqual([4, 7, 4]);
    expect(Array.from(agg.disaggIndex)).toEqual([0, 1, 0, 2, 1]);
  });

  it("counts cases when no weights are given and keeps sequences of different lengths apart", () => {
    const agg = aggregateCases([seq(0), seq(0, 0), seq(0)]);
    expect(Array.from(agg.aggWeights)).toEqual([2, 1]);
  });

  it("rejects a negative weight", () => {
    expect(() => aggregateCases([seq(0)], [-1])).toThrow(/weights must be finite and >= 0/);
  });
});

describe("disaggregate()", () => {
  it("gives every case the value of its distinct sequence", () => {
    expect(Array.from(disaggregate(Int32Array.of(7, 9), Int32Array.of(0, 1, 0)))).toEqual([7, 9, 7]);
  });
});
