import { describe, expect, it } from "vitest";
import { defineSequences } from "../../src/sequences/define-sequences.js";
import { modalStateSequence } from "../../src/sequences/modal-state-sequence.js";
import { smallWeightedSet } from "./descriptive-fixture.js";

describe("modalStateSequence()", () => {
  it("takes the weighted modal state at each position and counts exact matches (seqmodst)", () => {
    const modal = modalStateSequence(smallWeightedSet());
    expect(modal.states).toEqual(["A", "B", "B"]);
    expect(modal.frequencies).toEqual([0.75, 2 / 3, 1]);
    expect(modal.occurrences).toBe(1);
  });

  it("breaks ties in favour of the state listed first in the alphabet", () => {
    const set = defineSequences([["B"], ["A"]], { alphabet: ["B", "A"] });
    expect(modalStateSequence(set).states).toEqual(["B"]);
    const reversed = defineSequences([["B"], ["A"]], { alphabet: ["A", "B"] });
    expect(modalStateSequence(reversed).states).toEqual(["A"]);
  });
});
