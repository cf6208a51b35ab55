import { describe, expect, it } from "vitest";
import {
  modalStateScores,
  sequenceLogProbabilities,
} from "../../../src/sequences/clustering/representative-scores.js";
import { representativeSequences } from "../../../src/sequences/clustering/representative-sequences.js";
import { sequenceDistances } from "../../../src/sequences/distances/sequence-distances.js";

const seq = (...codes: number[]) => Int32Array.from(codes);

describe("modalStateScores()", () => {
  it("sums the cross-sectional frequency of each state of the sequence (mscore)", () => {
    const sequences = [seq(0, 0, 1), seq(0, 1, 1), seq(1, 1)];
    // Position 0: 0 → 2/3, 1 → 1/3; position 1: 0 → 1/3, 1 → 2/3; position 2 (two valid cells): 1 → 1.
    const scores = modalStateScores(sequences, { alphabetSize: 2 });
    expect(scores[0]).toBeCloseTo(2 / 3 + 1 / 3 + 1, 15);
    expect(scores[1]).toBeCloseTo(2 / 3 + 2 / 3 + 1, 15);
    expect(scores[2]).toBeCloseTo(1 / 3 + 2 / 3, 15);
  });

  it("weights the frequencies and ignores missing cells", () => {
    const missing = 2;
    const scores = modalStateScores([seq(0, missing), seq(1, 1)], { alphabetSize: 2, weights: [3, 1] });
    expect(Array.from(scores)).toEqual([0.75, 0.25 + 1]);
  });
});

describe("sequenceLogProbabilities()", () => {
  it("is −log(first-state share × time-varying transition rates), zero factors skipped", () => {
    const sequences = [seq(0, 0, 1), seq(0, 1, 1), seq(1, 1, 1)];
    const logp = sequenceLogProbabilities(sequences, { alphabetSize: 2 });
    // First position: 0 → 2/3. t0: from 0, 0→0 and 0→1 (1/2 each); 1→1 (1). t1: from 0, 0→1 (1); 1→1 (1).
    expect(logp[0]).toBeCloseTo(-Math.log(2 / 3) - Math.log(1 / 2) - Math.log(1), 15);
    expect(logp[1]).toBeCloseTo(-Math.log(2 / 3) - Math.log(1 / 2), 15);
    expect(logp[2]).toBeCloseTo(-Math.log(1 / 3), 15);
  });
});

describe("representativeSequences() with a score", () => {
  it("takes the most probable sequence first with the prob criterion (increasing −log p)", () => {
    const sequences = [seq(0, 1, 1), seq(0, 0, 0), seq(0, 0, 0), seq(1, 1, 0)];
    const d = sequenceDistances(sequences, { alphabetSize: 2, method: "HAM" });
    const score = sequenceLogProbabilities(sequences, { alphabetSize: 2 });
    const r = representativeSequences(d, { criterion: "score", score, decreasing: false, nrep: 1 });
    expect(r.indices).toEqual([1]);
  });
});
