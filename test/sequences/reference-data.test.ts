import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { meanTimeInStates } from "../../src/sequences/mean-time-in-states.js";
import { readSequenceCsv } from "../../src/sequences/read-sequence-csv.js";
import { sequenceLength } from "../../src/sequences/sequence-length.js";
import { stateDistribution } from "../../src/sequences/state-distribution.js";
import { transitionRates } from "../../src/sequences/transition-rates.js";

// Reference data live next to the repository (../shared/reference-data) and are never copied in.
const REFERENCE = fileURLToPath(new URL("../../../shared/reference-data/", import.meta.url));
const MVAD = `${REFERENCE}mvad.csv`;
const EX1 = `${REFERENCE}ex1.csv`;
const MVAD_ALPHABET = ["employment", "FE", "HE", "joblessness", "school", "training"];

/** Independent reading for cross-checks: these files have no delimiter inside quoted fields. */
function plainTable(path: string): { header: string[]; rows: string[][] } {
  const [head, ...lines] = readFileSync(path, "utf8").trim().split("\n");
  const split = (line: string) =>
    line
      .replace(/\r$/, "")
      .split(",")
      .map((cell) => cell.replace(/^"|"$/g, ""));
  return { header: split(head as string), rows: lines.map(split) };
}

describe.skipIf(!existsSync(MVAD))("mvad (TraMineR's school-to-work data, ../shared/reference-data)", () => {
  if (!existsSync(MVAD)) console.warn(`skipped: ${MVAD} is absent`);
  const read = () =>
    readSequenceCsv(MVAD, { id: "id", columns: "Sep.93:Jun.99", weights: "weight", alphabet: MVAD_ALPHABET });

  it("readSequenceCsv() defines 712 complete sequences of length 70 (Sep.93–Jun.99, as mvad[, 17:86])", () => {
    const set = read();
    expect(set.sequences).toHaveLength(712);
    expect(new Set(sequenceLength(set))).toEqual(new Set([70]));
    expect(set.hasMissing).toBe(false);
  });

  it("stateDistribution() equals direct weighted and unweighted counts of each month's column", () => {
    const set = read();
    const { header, rows } = plainTable(MVAD);
    const weight = header.indexOf("weight");
    for (const month of ["Sep.93", "Jun.95", "Jun.99"]) {
      const column = header.indexOf(month);
      const t = set.positions.indexOf(month);
      const total = rows.reduce((sum, row) => sum + Number(row[weight]), 0);
      const weighted = stateDistribution(set);
      const unweighted = stateDistribution(set, { weighted: false });
      MVAD_ALPHABET.forEach((state, s) => {
        const matching = rows.filter((row) => row[column] === state);
        const w = matching.reduce((sum, row) => sum + Number(row[weight]), 0);
        expect(weighted.frequencies[s]?.[t]).toBeCloseTo(w / total, 12);
        expect(unweighted.frequencies[s]?.[t]).toBeCloseTo(matching.length / 712, 12);
      });
      expect(unweighted.validStates[t]).toBe(712);
    }
  });

  it("transitionRates() equals direct counts of month-to-month pairs, and each row sums to 1", () => {
    const set = read();
    const { header, rows } = plainTable(MVAD);
    const first = header.indexOf("Sep.93");
    const last = header.indexOf("Jun.99");
    const pairs = new Map<string, number>();
    const origins = new Map<string, number>();
    for (const row of rows) {
      for (let c = first; c < last; c++) {
        const from = row[c] as string;
        pairs.set(`${from}>${row[c + 1]}`, (pairs.get(`${from}>${row[c + 1]}`) ?? 0) + 1);
        origins.set(from, (origins.get(from) ?? 0) + 1);
      }
    }
    const rates = transitionRates(set, { weighted: false }).rates;
    MVAD_ALPHABET.forEach((from, i) => {
      MVAD_ALPHABET.forEach((to, j) => {
        expect(rates[i]?.[j]).toBeCloseTo((pairs.get(`${from}>${to}`) ?? 0) / (origins.get(from) ?? 1), 12);
      });
      expect(rates[i]?.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    });
    for (const row of transitionRates(set).rates) expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it("meanTimeInStates() sums to the 70 months for complete sequences", () => {
    const total = meanTimeInStates(read()).reduce((sum, row) => sum + row.mean, 0);
    expect(total).toBeCloseTo(70, 10);
  });
});

describe.skipIf(!existsSync(EX1))("ex1 (TraMineR's missing-value fixture, ../shared/reference-data)", () => {
  if (!existsSync(EX1)) console.warn(`skipped: ${EX1} is absent`);

  it("keeps left and gap NAs, deletes right NAs, and empties the all-NA row (seqdef defaults)", () => {
    const set = readSequenceCsv(EX1, {
      columns: "P1:P13",
      weights: "weights",
      alphabet: ["A", "B", "C", "D"],
    });
    // Hand-derived from the file: row 1 keeps its 3 leading NAs, row 7 is all NA.
    expect(sequenceLength(set)).toEqual([13, 10, 11, 10, 10, 10, 0]);
    expect(sequenceLength(set, { withMissing: false })).toEqual([10, 10, 10, 8, 8, 7, 0]);
    const deleted = readSequenceCsv(EX1, {
      columns: "P1:P13",
      alphabet: ["A", "B", "C", "D"],
      left: "DEL",
      gaps: "DEL",
    });
    expect(sequenceLength(deleted)).toEqual([10, 10, 10, 8, 8, 7, 0]);
  });

  it("weights the first-position distribution among valid cells only", () => {
    const set = readSequenceCsv(EX1, {
      columns: "P1:P13",
      weights: "weights",
      alphabet: ["A", "B", "C", "D"],
    });
    const d = stateDistribution(set);
    // P1 valid cells: D (4.9), A (29.3), A (0.7) → N = 34.9
    expect(d.validStates[0]).toBeCloseTo(34.9, 10);
    expect(d.frequencies[0]?.[0]).toBeCloseTo(30 / 34.9, 12);
    expect(d.frequencies[3]?.[0]).toBeCloseTo(4.9 / 34.9, 12);
  });
});
