import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { adjustedRandIndex } from "../../src/sequences/clustering/adjusted-rand-index.js";
import { clusterQuality } from "../../src/sequences/clustering/cluster-quality.js";
import {
  distanceToCentre,
  medoidIndex,
  pseudoVariance,
} from "../../src/sequences/clustering/dissimilarity-center.js";
import { pamClustering } from "../../src/sequences/clustering/pam-clustering.js";
import { cutTree, wardClustering } from "../../src/sequences/clustering/ward-clustering.js";
import { defineSequences } from "../../src/sequences/define-sequences.js";
import { aggregateCases, disaggregate } from "../../src/sequences/distances/aggregate-cases.js";
import { distanceAt } from "../../src/sequences/distances/distance-matrix.js";
import { sequenceDistances } from "../../src/sequences/distances/sequence-distances.js";
import { defineMultichannel } from "../../src/sequences/multichannel/define-multichannel.js";
import { multichannelDistances } from "../../src/sequences/multichannel/multichannel-distances.js";
import { stateDistribution } from "../../src/sequences/state-distribution.js";
import { transitionRates } from "../../src/sequences/transition-rates.js";

// Non-integer costs: no exact ties between distinct distances, so the trees are unique.
const SM = [
  [0, 1.13, 1.71],
  [1.13, 0, 0.97],
  [1.71, 0.97, 0],
];
const ALPHABET = ["A", "B", "C"];

/** Distinct sequences with counts (a published cohort) and the same cases written one by one. */
const cohort = fc
  .uniqueArray(fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 2, maxLength: 5 }), {
    minLength: 5,
    maxLength: 9,
    selector: (s) => s.join(""),
  })
  .chain((distinct) =>
    fc.record({
      distinct: fc.constant(distinct.map((s) => Int32Array.from(s))),
      counts: fc.array(fc.integer({ min: 1, max: 4 }), {
        minLength: distinct.length,
        maxLength: distinct.length,
      }),
    }),
  )
  .map(({ distinct, counts }) => {
    const cases: Int32Array[] = [];
    distinct.forEach((s, u) => {
      for (let c = 0; c < counts[u]!; c++) cases.push(s);
    });
    return { distinct, counts, cases };
  });

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

describe("aggregated sequences with counts give the results of the disaggregated cases", () => {
  it("Ward (aggregated: true): same positive heights and same partitions for every k", () => {
    fc.assert(
      fc.property(cohort, ({ distinct, counts, cases }) => {
        const options = { alphabetSize: 3, method: "OM" as const, sm: SM, indel: 1 };
        for (const method of ["ward.D", "ward.D2"] as const) {
          const full = wardClustering(sequenceDistances(cases, options), { method });
          const agg = wardClustering(sequenceDistances(distinct, options), {
            method,
            weights: counts,
            aggregated: true,
          });
          const positive = Array.from(full.height).filter((h) => h > 0);
          expect(positive).toHaveLength(agg.height.length);
          positive.forEach((h, s) => {
            expect(close(agg.height[s]!, h)).toBe(true);
          });
          const back = aggregateCases(cases).disaggIndex;
          for (let k = 2; k < distinct.length; k++) {
            expect(adjustedRandIndex(disaggregate(cutTree(agg, k), back), cutTree(full, k))).toBeCloseTo(
              1,
              12,
            );
          }
        }
      }),
      { numRuns: 40, seed: 22 },
    );
  });

  it("clusterQuality, PAM, medoid and distances to the centre with weights = on the cases", () => {
    fc.assert(
      fc.property(cohort, ({ distinct, counts, cases }) => {
        const options = { alphabetSize: 3, method: "OM" as const, sm: SM, indel: 1 };
        const dFull = sequenceDistances(cases, options);
        const dAgg = sequenceDistances(distinct, options);
        const back = aggregateCases(cases).disaggIndex;
        const pamAgg = pamClustering(dAgg, { k: 3, weights: counts });
        const pamFull = pamClustering(dFull, { k: 3 });
        expect(adjustedRandIndex(disaggregate(pamAgg.labels, back), pamFull.labels)).toBeCloseTo(1, 12);
        const labels = Int32Array.from(pamAgg.labels, (l) => l + 1);
        const qa = clusterQuality(dAgg, labels, counts);
        const qf = clusterQuality(dFull, disaggregate(labels, back));
        for (const key of ["PBC", "HG", "HGSD", "ASW", "ASWw", "CH", "R2", "CHsq", "R2sq", "HC"] as const) {
          expect(close(qa[key], qf[key]), key).toBe(true);
        }
        const centreAgg = disaggregate(distanceToCentre(dAgg, counts), back);
        distanceToCentre(dFull).forEach((v, i) => {
          expect(close(centreAgg[i]!, v)).toBe(true);
        });
        expect(close(pseudoVariance(dAgg, counts), pseudoVariance(dFull))).toBe(true);
        expect(distanceAt(dFull, back.indexOf(medoidIndex(dAgg, counts)), medoidIndex(dFull))).toBe(0);
      }),
      { numRuns: 40, seed: 22 },
    );
  });

  it("state distribution, transition rates and multichannel distances with weights = on the cases", () => {
    fc.assert(
      fc.property(cohort, ({ distinct, counts, cases }) => {
        const rows = (list: Int32Array[]) => list.map((s) => Array.from(s, (c) => ALPHABET[c]!));
        const weighted = defineSequences(rows(distinct), { alphabet: ALPHABET, weights: counts });
        const plain = defineSequences(rows(cases), { alphabet: ALPHABET });
        const fa = stateDistribution(weighted).frequencies.flat();
        stateDistribution(plain)
          .frequencies.flat()
          .forEach((v, k) => {
            expect(Number.isNaN(v) ? Number.isNaN(fa[k]!) : close(fa[k]!, v)).toBe(true);
          });
        const ra = transitionRates(weighted).rates.flat();
        transitionRates(plain)
          .rates.flat()
          .forEach((v, k) => {
            expect(close(ra[k]!, v)).toBe(true);
          });
        // Second channel: the first shifted by one state, so the channels differ.
        const shift = (list: Int32Array[]) => list.map((s) => Array.from(s, (c) => ALPHABET[(c + 1) % 3]!));
        const mcAgg = defineMultichannel([
          weighted,
          defineSequences(shift(distinct), { alphabet: ALPHABET, weights: counts }),
        ]);
        const mcFull = defineMultichannel([plain, defineSequences(shift(cases), { alphabet: ALPHABET })]);
        const dAgg = multichannelDistances(mcAgg, { sm: ["TRATE", "TRATE"] });
        const dFull = multichannelDistances(mcFull, { sm: ["TRATE", "TRATE"] });
        const back = aggregateCases(cases).disaggIndex;
        for (let i = 0; i < cases.length; i++) {
          for (let j = i + 1; j < cases.length; j++) {
            const a = back[i]!;
            const b = back[j]!;
            expect(close(a === b ? 0 : distanceAt(dAgg, a, b), distanceAt(dFull, i, j))).toBe(true);
          }
        }
      }),
      { numRuns: 30, seed: 22 },
    );
  });
});
