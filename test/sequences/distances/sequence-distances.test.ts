import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { distanceAt } from "../../../src/sequences/distances/distance-matrix.js";
import {
  aggregatedSequenceDistances,
  sequenceDistances,
} from "../../../src/sequences/distances/sequence-distances.js";

const seq = (...codes: number[]) => Int32Array.from(codes);
const pair = (x: Int32Array, y: Int32Array, options: Parameters<typeof sequenceDistances>[1]) =>
  sequenceDistances([x, y], options).values[0]!;

/** The OM recursion written from its definition, exponential: only for tiny sequences. */
function bruteForceOm(
  x: readonly number[],
  y: readonly number[],
  sm: readonly (readonly number[])[],
  indel: number,
): number {
  if (x.length === 0) return y.length * indel;
  if (y.length === 0) return x.length * indel;
  const [a, ...xs] = x;
  const [b, ...ys] = y;
  return Math.min(
    indel + bruteForceOm(xs, y, sm, indel),
    indel + bruteForceOm(x, ys, sm, indel),
    (a === b ? 0 : sm[a!]![b!]!) + bruteForceOm(xs, ys, sm, indel),
  );
}

/** Length of the longest common subsequence, by exhaustive recursion. */
function bruteForceLcsLength(x: readonly number[], y: readonly number[]): number {
  if (x.length === 0 || y.length === 0) return 0;
  if (x[0] === y[0]) return 1 + bruteForceLcsLength(x.slice(1), y.slice(1));
  return Math.max(bruteForceLcsLength(x.slice(1), y), bruteForceLcsLength(x, y.slice(1)));
}

const smallSequence = (alphabet: number, maxLength: number) =>
  fc
    .array(fc.integer({ min: 0, max: alphabet - 1 }), { minLength: 0, maxLength })
    .map((a) => Int32Array.from(a));

describe("sequenceDistances() — OM", () => {
  it("costs one substitution (2) or two indels between AAB and ABB with CONSTANT costs", () => {
    expect(pair(seq(0, 0, 1), seq(0, 1, 1), { alphabetSize: 2, method: "OM", sm: "CONSTANT" })).toBe(2);
  });

  it("equals the brute-force OM recursion on small random sequences and costs", () => {
    fc.assert(
      fc.property(
        smallSequence(3, 6),
        smallSequence(3, 6),
        fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 3, maxLength: 3 }),
        fc.integer({ min: 1, max: 6 }),
        (x, y, [c01, c02, c12], indel) => {
          const sm = [
            [0, c01!, c02!],
            [c01!, 0, c12!],
            [c02!, c12!, 0],
          ];
          const d = pair(x, y, { alphabetSize: 3, method: "OM", sm, indel });
          expect(d).toBe(bruteForceOm(Array.from(x), Array.from(y), sm, indel));
        },
      ),
      { numRuns: 300, seed: 42 },
    );
  });

  it("with CONSTANT 2 and indel 1 equals LCS, and LCS = |x| + |y| − 2·A", () => {
    fc.assert(
      fc.property(smallSequence(4, 8), smallSequence(4, 8), (x, y) => {
        const om = pair(x, y, { alphabetSize: 4, method: "OM", sm: "CONSTANT", indel: 1 });
        const lcs = pair(x, y, { alphabetSize: 4, method: "LCS" });
        expect(om).toBe(lcs);
        expect(lcs).toBe(x.length + y.length - 2 * bruteForceLcsLength(Array.from(x), Array.from(y)));
      }),
      { numRuns: 200, seed: 7 },
    );
  });

  it("satisfies the triangle inequality with metric costs (costs in [1, 2], indel ≥ 1)", () => {
    fc.assert(
      fc.property(
        fc.array(smallSequence(3, 7), { minLength: 3, maxLength: 3 }),
        fc.array(fc.double({ min: 1, max: 2, noNaN: true }), { minLength: 3, maxLength: 3 }),
        fc.double({ min: 1, max: 3, noNaN: true }),
        (sequences, [c01, c02, c12], indel) => {
          const sm = [
            [0, c01!, c02!],
            [c01!, 0, c12!],
            [c02!, c12!, 0],
          ];
          const d = sequenceDistances(sequences, { alphabetSize: 3, method: "OM", sm, indel });
          const [x, y, z] = [distanceAt(d, 0, 1), distanceAt(d, 0, 2), distanceAt(d, 1, 2)];
          const eps = 1e-9;
          expect(x).toBeLessThanOrEqual(y + z + eps);
          expect(y).toBeLessThanOrEqual(x + z + eps);
          expect(z).toBeLessThanOrEqual(x + y + eps);
        },
      ),
      { numRuns: 200, seed: 3 },
    );
  });

  it("uses indel = max(TRATE costs)/2 when indel is auto", () => {
    // From 0: 0→0 twice, 0→1 once; from 1: 1→1 twice. sm(0,1) = 2 − 1/3 − 0 = 5/3, so indel = 5/6.
    const d = sequenceDistances([seq(0, 0, 1), seq(1, 1, 1), seq(0, 0)], {
      alphabetSize: 2,
      method: "OM",
      sm: "TRATE",
    });
    expect(distanceAt(d, 0, 2)).toBeCloseTo(5 / 6, 15); // one deletion
    expect(distanceAt(d, 0, 1)).toBeCloseTo(10 / 3, 15); // two substitutions (or four indels)
  });

  it("normalises with maxdist = |Δℓ|·indel + min(ℓ)·min(max sm, 2·indel) and maxlength = d/(max ℓ·indel)", () => {
    const x = seq(0, 1);
    const y = seq(0, 1, 1);
    const sm = [
      [0, 2],
      [2, 0],
    ];
    const options = { alphabetSize: 2, method: "OM" as const, sm, indel: 1.5 };
    expect(pair(x, y, { ...options, norm: "none" })).toBe(1.5);
    expect(pair(x, y, { ...options, norm: "maxdist" })).toBe(1.5 / (1.5 + 2 * 2));
    expect(pair(x, y, { ...options, norm: "maxlength" })).toBe(1.5 / (3 * 1.5));
    expect(pair(x, y, { ...options, norm: "auto" })).toBe(1.5 / (3 * 1.5));
    // YujianBo takes 2·indel as the maximal substitution cost: m = 1.5 + 2·3 = 7.5.
    expect(pair(x, y, { ...options, norm: "YujianBo" })).toBeCloseTo((2 * 1.5) / (1.5 + 7.5), 15);
    expect(pair(x, y, { ...options, norm: "gmean" })).toBeCloseTo(
      1 - (5.5 - 1.5) / (2 * Math.sqrt(2 * 1.5) * Math.sqrt(3 * 1.5)),
      15,
    );
  });

  it("normalises identical and empty sequences as the C++ code (0, then 1 against an empty one)", () => {
    const options = { alphabetSize: 2, method: "OM" as const, sm: "CONSTANT" as const };
    expect(pair(seq(0, 1), seq(0, 1), { ...options, norm: "maxdist" })).toBe(0);
    expect(pair(seq(), seq(0), { ...options, norm: "maxlength" })).toBe(1);
    expect(pair(seq(), seq(0), { ...options, norm: "gmean" })).toBe(1);
    expect(pair(seq(), seq(), { ...options, norm: "gmean" })).toBe(0);
  });

  it("refuses a missing state unless withMissing, then treats it as a state", () => {
    const missing = 2;
    expect(() => pair(seq(0, missing), seq(0, 1), { alphabetSize: 2, method: "OM", sm: "CONSTANT" })).toThrow(
      /withMissing/,
    );
    expect(
      pair(seq(0, missing), seq(0, 1), { alphabetSize: 2, method: "OM", sm: "CONSTANT", withMissing: true }),
    ).toBe(2);
  });

  it("requires substitution costs for OM and checks a given matrix", () => {
    expect(() => pair(seq(0), seq(1), { alphabetSize: 2, method: "OM" })).toThrow(/substitution costs/);
    expect(() =>
      pair(seq(0), seq(1), {
        alphabetSize: 2,
        method: "OM",
        sm: [
          [0, 1],
          [2, 0],
        ],
      }),
    ).toThrow(/symmetric/);
  });
});

describe("sequenceDistances() — LCS", () => {
  it("normalises with gmean by default under auto: 1 − A/√(|x|·|y|)", () => {
    const d = pair(seq(0, 1), seq(0, 1, 1), { alphabetSize: 2, method: "LCS", norm: "auto" });
    expect(d).toBeCloseTo(1 - 2 / Math.sqrt(6), 15);
  });
});

describe("sequenceDistances() — HAM and DHD", () => {
  it("HAM counts the positions that differ (cost 1) and maxlength divides by the length", () => {
    expect(pair(seq(0, 1, 2), seq(0, 2, 1), { alphabetSize: 3, method: "HAM" })).toBe(2);
    expect(pair(seq(0, 1, 2), seq(0, 2, 1), { alphabetSize: 3, method: "HAM", norm: "auto" })).toBe(2 / 3);
    expect(pair(seq(0, 1, 2), seq(0, 2, 1), { alphabetSize: 3, method: "HAM", norm: "maxdist" })).toBe(2 / 3);
  });

  it("HAM and DHD normalise by the maximal distance Σₜ max sm, standing for both lengths (TraMineR 2.2)", () => {
    const sequences = [Int32Array.of(0, 1, 1), Int32Array.of(1, 1, 0)];
    // A given constant matrix with cost 1.5: two differing positions → d = 3, M = 3 positions × 1.5.
    const sm = [
      [0, 1.5],
      [1.5, 0],
    ];
    const d = pair(sequences[0]!, sequences[1]!, { alphabetSize: 2, method: "HAM", sm });
    expect(d).toBe(3);
    const max = 3 * 1.5;
    expect(
      pair(sequences[0]!, sequences[1]!, { alphabetSize: 2, method: "HAM", sm, norm: "maxlength" }),
    ).toBe(3 / max);
    expect(
      pair(sequences[0]!, sequences[1]!, { alphabetSize: 2, method: "HAM", sm, norm: "gmean" }),
    ).toBeCloseTo(1 - (max - 3) / (2 * max), 15);
    // DHD: costs 2 (first), 2.5 (middle), 3 (last) → M = 7.5 and d = 2 + 3.
    expect(
      pair(sequences[0]!, sequences[1]!, { alphabetSize: 2, method: "DHD", norm: "maxlength" }),
    ).toBeCloseTo(5 / 7.5, 15);
  });

  it("HAM refuses sequences of different lengths", () => {
    expect(() => pair(seq(0, 1), seq(0), { alphabetSize: 2, method: "HAM" })).toThrow(/different lengths/);
  });

  it("DHD sums the time-varying TRATE costs position by position", () => {
    // Costs from the time-varying test: position 0 → 2, position 2 → 3.
    expect(pair(seq(0, 1, 1), seq(1, 1, 0), { alphabetSize: 2, method: "DHD" })).toBe(5);
  });

  it("DHD refuses CONSTANT costs, as seqdist", () => {
    expect(() => pair(seq(0), seq(1), { alphabetSize: 2, method: "DHD", sm: "CONSTANT" })).toThrow(
      /HAM instead/,
    );
  });
});

describe("sequenceDistances() — duplicates", () => {
  it("computes each distinct sequence once and expands to every case", () => {
    const sequences = [seq(0, 1), seq(1, 1), seq(0, 1), seq(1, 0)];
    const d = sequenceDistances(sequences, { alphabetSize: 2, method: "OM", sm: "CONSTANT" });
    expect(d.size).toBe(4);
    expect(distanceAt(d, 0, 2)).toBe(0);
    expect(distanceAt(d, 1, 2)).toBe(distanceAt(d, 0, 1));
    expect(distanceAt(d, 2, 3)).toBe(2);
  });
});

describe("aggregatedSequenceDistances()", () => {
  it("returns the distinct-sequence matrix with summed weights, consistent with sequenceDistances()", () => {
    const sequences = [seq(0, 1), seq(1, 1), seq(0, 1), seq(1, 0)];
    const { distances, cases } = aggregatedSequenceDistances(sequences, {
      alphabetSize: 2,
      method: "OM",
      sm: "CONSTANT",
      weights: [1, 2, 3, 4],
    });
    expect(distances.size).toBe(3);
    expect(Array.from(cases.aggWeights)).toEqual([4, 2, 4]);
    const full = sequenceDistances(sequences, { alphabetSize: 2, method: "OM", sm: "CONSTANT" });
    for (let i = 0; i < 4; i++) {
      for (let j = 0; j < 4; j++) {
        expect(distanceAt(full, i, j)).toBe(
          distanceAt(distances, cases.disaggIndex[i]!, cases.disaggIndex[j]!),
        );
      }
    }
  });
});
