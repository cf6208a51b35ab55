import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import { describe, expect, it } from "vitest";
import { nullSequences } from "../../../src/sequences/null-models/null-sequences.js";

const dss = (s: Int32Array) => Array.from(s).filter((c, t) => t === 0 || s[t - 1] !== c);
const runs = (s: Int32Array) => {
  const out: [number, number][] = [];
  for (const c of s) {
    if (out.length > 0 && out[out.length - 1]![0] === c) out[out.length - 1]![1] += 1;
    else out.push([c, 1]);
  }
  return out;
};
const observed = [
  Int32Array.of(0, 0, 0, 1, 1, 2),
  Int32Array.of(1, 1, 2, 2, 2, 2),
  Int32Array.of(2, 0, 0, 0, 0, 0),
  Int32Array.of(0, 1, 2),
];

describe("nullSequences()", () => {
  it("duration: every sequence keeps its states in order and its length, spells of at least 1", () => {
    const nulls = nullSequences(observed, { alphabetSize: 3, model: "duration" }, xoroshiro128plus(5));
    nulls.forEach((s, i) => {
      expect(s.length).toBe(observed[i]!.length);
      expect(dss(s)).toEqual(dss(observed[i]!));
    });
  });

  it("duration: two spells over 3 positions split (1, 2) or (2, 1), half the time each", () => {
    const random = xoroshiro128plus(11);
    let first = 0;
    const draws = 4000;
    for (let r = 0; r < draws; r++) {
      const [s] = nullSequences([Int32Array.of(0, 1, 1)], { alphabetSize: 2, model: "duration" }, random);
      const d = runs(s!).map(([, n]) => n);
      expect(d.length).toBe(2);
      if (d[0] === 2) first++;
    }
    // Binomial(4000, 1/2): sd ≈ 32; 5 sd of slack.
    expect(Math.abs(first - draws / 2)).toBeLessThan(160);
  });

  it("sequencing: only observed spells end to end — each state keeps its own spell duration", () => {
    // State 0 always lasts 2, state 1 lasts 3, state 2 lasts 1.
    const data = [
      Int32Array.of(0, 0, 1, 1, 1, 2),
      Int32Array.of(1, 1, 1, 0, 0, 2),
      Int32Array.of(2, 0, 0, 1, 1, 1),
    ];
    const unit = [2, 3, 1];
    for (const s of nullSequences(data, { alphabetSize: 3, model: "sequencing" }, xoroshiro128plus(3))) {
      expect(s.length).toBe(6);
      const r = runs(s);
      // Runs of one state are whole spells put together; only the last one may be cut at the end.
      r.slice(0, -1).forEach(([c, n]) => {
        expect(n % unit[c]!).toBe(0);
      });
    }
  });

  it("combined: same lengths, and seeded (same seed, same data)", () => {
    const a = nullSequences(observed, { alphabetSize: 3, model: "combined" }, xoroshiro128plus(9));
    const b = nullSequences(observed, { alphabetSize: 3, model: "combined" }, xoroshiro128plus(9));
    expect(a.map((s) => Array.from(s))).toEqual(b.map((s) => Array.from(s)));
    a.forEach((s, i) => {
      expect(s.length).toBe(observed[i]!.length);
    });
  });

  it("combined: first states drawn in proportion to the states' share of spells", () => {
    // Spells: state 0 ×1, state 1 ×3 → the first state is 1 three times out of four.
    const data = [
      Int32Array.of(0, 0, 0, 0),
      Int32Array.of(1, 1, 1, 1),
      Int32Array.of(1, 1, 1, 1),
      Int32Array.of(1, 1, 1, 1),
    ];
    const random = xoroshiro128plus(2);
    let ones = 0;
    const draws = 1000;
    for (let r = 0; r < draws; r++) {
      for (const s of nullSequences(data, { alphabetSize: 2, model: "combined" }, random))
        if (s[0] === 1) ones++;
    }
    // Binomial(4000, 3/4): sd ≈ 27.
    expect(Math.abs(ones - 3000)).toBeLessThan(140);
  });
});
