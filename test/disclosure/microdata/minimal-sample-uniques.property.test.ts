import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { minimalSampleUniques } from "../../../src/disclosure/microdata/minimal-sample-uniques.js";

/** Is record r alone in holding its values on the variables of mask (no missing value among them)? */
function uniqueOn(rows: (number | null)[][], r: number, mask: number): boolean {
  const vars = rows[0]!.map((_, v) => v).filter((v) => (mask & (1 << v)) !== 0);
  if (vars.some((v) => rows[r]![v] === null)) return false;
  return rows.every((other, o) => o === r || vars.some((v) => other[v] !== rows[r]![v]));
}

/** Brute force: every non-empty subset, unique, and no unique subset with one variable fewer. */
function bruteForce(rows: (number | null)[][], maxSize: number): number[][] {
  const m = rows[0]!.length;
  return rows.map((_, r) => {
    const found: number[] = [];
    for (let mask = 1; mask < 1 << m; mask++) {
      const size = mask.toString(2).replaceAll("0", "").length;
      if (size > maxSize || !uniqueOn(rows, r, mask)) continue;
      const minimal = [...Array(m).keys()]
        .filter((v) => (mask & (1 << v)) !== 0)
        .every((v) => mask === 1 << v || !uniqueOn(rows, r, mask & ~(1 << v)));
      if (minimal) found.push(mask);
    }
    return found.sort((a, b) => a - b);
  });
}

const smallFile = fc.integer({ min: 1, max: 5 }).chain((m) =>
  fc.record({
    rows: fc.array(
      fc.array(fc.option(fc.integer({ min: 0, max: 2 }), { freq: 6 }), { minLength: m, maxLength: m }),
      {
        minLength: 1,
        maxLength: 14,
      },
    ),
    maxSize: fc.integer({ min: 1, max: m }),
  }),
);

describe("minimalSampleUniques() property", () => {
  it("finds exactly the MSUs of a brute-force enumeration on 500 small random files with missing values", () => {
    fc.assert(
      fc.property(smallFile, ({ rows, maxSize }) => {
        const m = rows[0]!.length;
        const variables = [...Array(m).keys()].map((v) => Int32Array.from(rows, (row) => row[v] ?? -1));
        const found = minimalSampleUniques({ records: rows.length, variables }, maxSize).msus;
        expect(found.map((list) => [...list].sort((a, b) => a - b))).toEqual(bruteForce(rows, maxSize));
      }),
      { numRuns: 500, seed: 21 },
    );
  });
});
