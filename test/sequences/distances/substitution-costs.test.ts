import { describe, expect, it } from "vitest";
import { encodedTransitionRates } from "../../../src/sequences/distances/encoded-transition-rates.js";
import {
  substitutionCosts,
  timeVaryingSubstitutionCosts,
} from "../../../src/sequences/distances/substitution-costs.js";

const seq = (...codes: number[]) => Int32Array.from(codes);

describe("encodedTransitionRates()", () => {
  it("divides each transition count by the transitions leaving the state (seqtrate)", () => {
    const rates = encodedTransitionRates([seq(0, 0, 1), seq(1, 1, 1)], { alphabetSize: 2 });
    // From 0: 0→0 once, 0→1 once; from 1: 1→1 twice.
    expect(Array.from(rates)).toEqual([0.5, 0.5, 0, 1]);
  });

  it("weights the transitions by the case weights", () => {
    const rates = encodedTransitionRates([seq(0, 1), seq(0, 0)], { alphabetSize: 2, weights: [3, 1] });
    expect(rates[1]).toBeCloseTo(0.75, 15);
    expect(rates[0]).toBeCloseTo(0.25, 15);
  });

  it("leaves a missing destination out of the denominator unless missing is a state", () => {
    const missing = 2;
    const sequences = [seq(0, 1), seq(0, missing)];
    expect(encodedTransitionRates(sequences, { alphabetSize: 2 })[1]).toBe(1);
    const withMissing = encodedTransitionRates(sequences, { alphabetSize: 2, withMissing: true });
    expect(withMissing[1]).toBe(0.5);
    expect(withMissing[2]).toBe(0.5);
  });

  it("ignores positions past the end of a shorter sequence (void cells)", () => {
    const rates = encodedTransitionRates([seq(0), seq(0, 1)], { alphabetSize: 2 });
    expect(rates[1]).toBe(1);
  });

  it("gives one matrix per starting position with timeVarying", () => {
    const rates = encodedTransitionRates([seq(0, 1, 1), seq(1, 1, 0)], {
      alphabetSize: 2,
      timeVarying: true,
    });
    expect(rates.length).toBe(2 * 4);
    // t = 0: 0→1 and 1→1; t = 1: 1→1 and 1→0.
    expect(Array.from(rates.subarray(0, 4))).toEqual([0, 1, 0, 1]);
    expect(Array.from(rates.subarray(4, 8))).toEqual([0, 0, 0.5, 0.5]);
  });
});

describe("substitutionCosts()", () => {
  it("CONSTANT gives cval off the diagonal and proposes indel 1 whatever cval (seqcost)", () => {
    const sm = substitutionCosts([], { alphabetSize: 3, method: "CONSTANT", cval: 4 });
    expect(Array.from(sm.costs)).toEqual([0, 4, 4, 4, 0, 4, 4, 4, 0]);
    expect(sm.indel).toBe(1);
  });

  it("TRATE gives 2 − p(i|j) − p(j|i) and indel max/2", () => {
    const sm = substitutionCosts([seq(0, 0, 1), seq(1, 1, 1)], { alphabetSize: 2, method: "TRATE" });
    expect(Array.from(sm.costs)).toEqual([0, 1.5, 1.5, 0]);
    expect(sm.indel).toBe(0.75);
  });

  it("TRATE uses weighted rates when weights are given", () => {
    const sm = substitutionCosts([seq(0, 1), seq(0, 0)], {
      alphabetSize: 2,
      method: "TRATE",
      weights: [3, 1],
    });
    expect(sm.costs[1]).toBeCloseTo(1.25, 15);
  });

  it("sets the missing state's costs to missCost after computing the indel", () => {
    const sm = substitutionCosts([seq(0, 1, 2)], {
      alphabetSize: 2,
      method: "TRATE",
      withMissing: true,
      missCost: 7,
    });
    expect(sm.size).toBe(3);
    expect(sm.costs[2]).toBe(7);
    expect(sm.costs[6]).toBe(7);
    // Before the override: sm(0,1) = 1, sm(0,M) = 2, sm(1,M) = 1, so indel = 2/2 even though missCost is 7.
    expect(sm.indel).toBe(1);
  });
});

describe("timeVaryingSubstitutionCosts()", () => {
  it("doubles the single neighbouring transition at both ends and sums both in the middle (cval 4)", () => {
    const tv = timeVaryingSubstitutionCosts([seq(0, 1, 1), seq(1, 1, 0)], {
      alphabetSize: 2,
      method: "TRATE",
    });
    expect(tv.length).toBe(3);
    const at = (t: number, i: number, j: number) => tv.costs[(t * 2 + i) * 2 + j];
    // Rates: t0 p(1|0)=1, p(0|1)=0; t1 p(1|0)=0, p(0|1)=0.5.
    expect(at(0, 0, 1)).toBe(2); // 4 − 2·(1 + 0)
    expect(at(1, 0, 1)).toBe(2.5); // 4 − (1 + 0) − (0 + 0.5)
    expect(at(2, 1, 0)).toBe(3); // 4 − 2·0.5
    expect(at(1, 1, 1)).toBe(0);
  });
});
