import { describe, expect, it } from "vitest";
import { defineSequences } from "../../src/sequences/define-sequences.js";
import { meanTimeInStates } from "../../src/sequences/mean-time-in-states.js";
import { smallWeightedSet } from "./descriptive-fixture.js";

describe("meanTimeInStates()", () => {
  it("averages weighted time over all sequences, short ones included (seqmeant)", () => {
    const rows = meanTimeInStates(smallWeightedSet());
    // time in A: 2, 1, 0 with weights 1, 2, 1 → 4 / 4 ; in B: 1, 2, 1 → 6 / 4
    expect(rows.map((r) => r.mean)).toEqual([1, 1.5]);
    // Var(A) = Σ w (t − 1)² · W / (W² − Σ w²) = 2 · 4 / (16 − 6) = 0.8
    expect(rows[0]?.variance).toBeCloseTo(0.8, 14);
    expect(rows[0]?.standardError).toBeCloseTo(Math.sqrt(0.8 / 4), 14);
  });

  it("averages shares of each sequence's length with proportions = true", () => {
    const set = defineSequences(
      [
        ["A", "A", "B", "B"],
        ["A", null, null, null],
      ],
      { alphabet: ["A", "B"] },
    );
    expect(meanTimeInStates(set, { proportions: true }).map((r) => r.mean)).toEqual([0.75, 0.25]);
  });

  it("reports the time spent missing only with withMissing", () => {
    const set = defineSequences([[null, "A", "B"]], { alphabet: ["A", "B"] });
    expect(meanTimeInStates(set).map((r) => r.state)).toEqual(["A", "B"]);
    const rows = meanTimeInStates(set, { withMissing: true });
    expect(rows.map((r) => [r.state, r.mean])).toEqual([
      ["A", 1],
      ["B", 1],
      ["*", 1],
    ]);
  });
});
