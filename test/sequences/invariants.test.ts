import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { complexityIndex } from "../../src/sequences/complexity-index.js";
import { defineSequences } from "../../src/sequences/define-sequences.js";
import { distinctSuccessiveStates } from "../../src/sequences/distinct-successive-states.js";
import { meanTimeInStates } from "../../src/sequences/mean-time-in-states.js";
import { sequenceLength } from "../../src/sequences/sequence-length.js";
import { spellDurations } from "../../src/sequences/spell-durations.js";
import { stateDistribution } from "../../src/sequences/state-distribution.js";
import { transitionCount } from "../../src/sequences/transition-count.js";
import { transitionRates } from "../../src/sequences/transition-rates.js";

// Random wide rows over {A, B, C} with missing cells (null), 1–6 rows of 1–8 positions, random weights.
const rows = fc.array(fc.array(fc.constantFrom("A", "B", "C", null), { minLength: 1, maxLength: 8 }), {
  minLength: 1,
  maxLength: 6,
});
const build = (data: (string | null)[][], weights: number[]) =>
  defineSequences(data, {
    alphabet: ["A", "B", "C"],
    weights: data.map((_, i) => weights[i % weights.length] as number),
  });
const weightList = fc.array(fc.double({ min: 0.1, max: 5, noNaN: true }), { minLength: 1, maxLength: 6 });

describe("sequence statistics invariants (random sets with missing cells and weights)", () => {
  it("stateDistribution() shares sum to 1 wherever a valid cell exists", () => {
    fc.assert(
      fc.property(rows, weightList, (data, weights) => {
        const d = stateDistribution(build(data, weights));
        d.validStates.forEach((n, t) => {
          const sum = d.frequencies.reduce((acc, row) => acc + (row[t] as number), 0);
          if (n > 0) expect(sum).toBeCloseTo(1, 10);
        });
      }),
      { seed: 7, numRuns: 200 },
    );
  });

  it("transitionRates() rows sum to 1 or 0", () => {
    fc.assert(
      fc.property(rows, weightList, (data, weights) => {
        const set = build(data, weights);
        // One position leaves no pair of positions: transitionRates() refuses it (tested elsewhere).
        fc.pre(set.positions.length >= 2);
        for (const row of transitionRates(set).rates) {
          const sum = row.reduce((a, b) => a + b, 0);
          expect(Math.abs(sum - 1) < 1e-9 || sum === 0).toBe(true);
        }
      }),
      { seed: 8, numRuns: 200 },
    );
  });

  it("durations align with the DSS and add up to the non-missing length; transitions = |DSS| − 1", () => {
    fc.assert(
      fc.property(rows, weightList, (data, weights) => {
        const set = build(data, weights);
        const dss = distinctSuccessiveStates(set);
        const durations = spellDurations(set);
        const lengths = sequenceLength(set, { withMissing: false });
        const transitions = transitionCount(set);
        dss.forEach((states, i) => {
          expect(durations[i]?.length).toBe(states.length);
          expect(Array.from(durations[i] ?? []).reduce((a, b) => a + b, 0)).toBe(lengths[i]);
          expect(transitions[i]).toBe(Math.max(0, states.length - 1));
        });
      }),
      { seed: 9, numRuns: 200 },
    );
  });

  it("complexityIndex() stays in [0, 1] and mean times add up to the mean non-missing length", () => {
    fc.assert(
      fc.property(rows, weightList, (data, weights) => {
        const set = build(data, weights);
        for (const c of complexityIndex(set)) {
          expect(c).toBeGreaterThanOrEqual(0);
          expect(c).toBeLessThanOrEqual(1 + 1e-12);
        }
        const w = set.weights as Float64Array;
        const total = w.reduce((a, b) => a + b, 0);
        const lengths = sequenceLength(set, { withMissing: false });
        const meanLength = lengths.reduce((acc, l, i) => acc + l * (w[i] as number), 0) / total;
        const sumOfMeans = meanTimeInStates(set).reduce((acc, row) => acc + row.mean, 0);
        expect(sumOfMeans).toBeCloseTo(meanLength, 10);
      }),
      { seed: 10, numRuns: 200 },
    );
  });
});
