import { describe, expect, it } from "vitest";
import { defineSequences } from "../../src/sequences/define-sequences.js";
import { transitionRates, transitionRatesByPosition } from "../../src/sequences/transition-rates.js";
import { smallWeightedSet } from "./descriptive-fixture.js";

describe("transitionRates()", () => {
  it("pools weighted transitions over positions and excludes void destinations (seqtrate)", () => {
    // From A: s1 A→A (w1), s1 A→B (w1), s2 A→B (w2) → 1/4, 3/4.
    // From B: s2 B→B (w2); s3's B is followed by void, so it is not in the denominator.
    expect(transitionRates(smallWeightedSet()).rates).toEqual([
      [0.25, 0.75],
      [0, 1],
    ]);
  });

  it("counts each sequence once with weighted = false", () => {
    const rates = transitionRates(smallWeightedSet(), { weighted: false }).rates;
    expect(rates[0]?.[0]).toBeCloseTo(1 / 3, 14);
    expect(rates[0]?.[1]).toBeCloseTo(2 / 3, 14);
  });

  it("returns weighted counts with count = true", () => {
    expect(transitionRates(smallWeightedSet(), { count: true }).rates).toEqual([
      [1, 3],
      [0, 2],
    ]);
  });

  it("looks lag positions ahead", () => {
    // lag 2: s1 A→B (w1), s2 A→B (w2); nothing starts from B with a valid cell two steps later.
    expect(transitionRates(smallWeightedSet(), { lag: 2 }).rates).toEqual([
      [0, 1],
      [0, 0],
    ]);
  });

  it("leaves missing destinations out unless missing is a state", () => {
    const set = defineSequences([["A", null, "B", "A"]], { alphabet: ["A", "B"] });
    expect(transitionRates(set).rates).toEqual([
      [0, 0],
      [1, 0],
    ]);
    const withMissing = transitionRates(set, { withMissing: true });
    expect(withMissing.states).toEqual(["A", "B", "*"]);
    expect(withMissing.rates).toEqual([
      [0, 0, 1],
      [1, 0, 0],
      [0, 1, 0],
    ]);
  });

  it("looks backwards with a negative lag (state at t − 1 given the state at t)", () => {
    // lag −1: s1 A←A (t2), B←A (t3) ; s2 B←A (w2), B←B (w2) ; s3 has one cell only.
    expect(transitionRates(smallWeightedSet(), { lag: -1, count: true }).rates).toEqual([
      [1, 0],
      [3, 2],
    ]);
    const byPosition = transitionRatesByPosition(smallWeightedSet(), { lag: -1 });
    expect(byPosition.positions).toEqual(["T2", "T3"]);
  });

  it("rejects a lag that leaves no pair of positions", () => {
    expect(() => transitionRates(smallWeightedSet(), { lag: 3 })).toThrowError(/lag must be an integer/);
    expect(() => transitionRates(smallWeightedSet(), { lag: -3 })).toThrowError(/lag must be an integer/);
  });
});

describe("transitionRatesByPosition()", () => {
  it("returns one matrix per origin position (time.varying = TRUE)", () => {
    const byPosition = transitionRatesByPosition(smallWeightedSet());
    expect(byPosition.positions).toEqual(["T1", "T2"]);
    // t1: A→A w1, A→B w2 ; B (s3) is followed by void → zero row
    expect(byPosition.rates[0]).toEqual([
      [1 / 3, 2 / 3],
      [0, 0],
    ]);
    // t2: s1 A→B, s2 B→B
    expect(byPosition.rates[1]).toEqual([
      [0, 1],
      [0, 1],
    ]);
  });
});
