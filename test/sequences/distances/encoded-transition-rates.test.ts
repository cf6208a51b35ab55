import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defineSequences } from "../../../src/sequences/define-sequences.js";
import { encodedTransitionRates } from "../../../src/sequences/distances/encoded-transition-rates.js";
import { transitionRates } from "../../../src/sequences/transition-rates.js";

describe("encodedTransitionRates()", () => {
  it("agrees with the sequence module's transitionRates() on random sets with gaps, void cells and weights", () => {
    const cell = fc.constantFrom("A", "B", "C", null);
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 6 }), { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        fc.boolean(),
        (rows, withMissing, weighted) => {
          const weights = rows.map((_, i) => 1 + (i % 3));
          const set = defineSequences(rows, { alphabet: ["A", "B", "C"], weights });
          const reference = transitionRates(set, { withMissing, weighted });
          const ours = encodedTransitionRates(set.sequences, {
            alphabetSize: 3,
            withMissing,
            weights: weighted ? set.weights : null,
          });
          const n = reference.states.length;
          for (let i = 0; i < n; i++) {
            for (let j = 0; j < n; j++) expect(ours[i * n + j]).toBeCloseTo(reference.rates[i]![j]!, 12);
          }
        },
      ),
      { numRuns: 200, seed: 5 },
    );
  });
});
