import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { adjustedRandIndex } from "../../../src/sequences/clustering/adjusted-rand-index.js";
import { clusterQuality } from "../../../src/sequences/clustering/cluster-quality.js";
import { pamClustering } from "../../../src/sequences/clustering/pam-clustering.js";
import { cutTree, wardClustering } from "../../../src/sequences/clustering/ward-clustering.js";
import { aggregateCases, disaggregate } from "../../../src/sequences/distances/aggregate-cases.js";
import { sequenceDistances } from "../../../src/sequences/distances/sequence-distances.js";

// The classic mvad data (McVicar & Anyadike-Danes), read from the shared reference folder, never copied.
const MVAD = fileURLToPath(new URL("../../../../shared/reference-data/mvad.csv", import.meta.url));
const available = existsSync(MVAD);
if (!available) console.warn(`mvad reference tests skipped: ${MVAD} is absent`);

const ALPHABET = ["employment", "FE", "HE", "joblessness", "school", "training"];
// WeightedCluster manual (Studer 2013), section "Computing the dissimilarities": subm.custom, indel 1.5.
const SUBM_CUSTOM = [
  [0, 1, 1, 2, 1, 1],
  [1, 0, 1, 2, 1, 2],
  [1, 1, 0, 3, 1, 2],
  [2, 2, 3, 0, 3, 1],
  [1, 1, 1, 3, 0, 2],
  [1, 2, 2, 1, 2, 0],
];

function readMvad(): { sequences: Int32Array[]; weights: number[] } {
  const lines = readFileSync(MVAD, "utf8").trim().split(/\r?\n/);
  const header = lines[0]!.split(",").map((s) => s.replace(/"/g, ""));
  // mvad[, 17:86] in R: Sep.93 … Jun.99, 70 months.
  const first = header.indexOf("Sep.93");
  const weightColumn = header.indexOf("weight");
  const sequences: Int32Array[] = [];
  const weights: number[] = [];
  for (const line of lines.slice(1)) {
    const fields = line.split(",").map((s) => s.replace(/"/g, ""));
    weights.push(Number(fields[weightColumn]));
    sequences.push(Int32Array.from(fields.slice(first, first + 70), (s) => ALPHABET.indexOf(s)));
  }
  return { sequences, weights };
}

describe.skipIf(!available)("sequence clustering on mvad (WeightedCluster manual)", () => {
  const { sequences, weights } = available ? readMvad() : { sequences: [], weights: [] };

  it("reads 712 sequences of 70 valid states", () => {
    expect(sequences.length).toBe(712);
    expect(sequences.every((s) => s.length === 70 && s.every((c) => c >= 0))).toBe(true);
  });

  it("pamClustering() finds WeightedCluster's published medoids 66, 467, 607 and 641 (k = 4, OM indel 1.5)", () => {
    const d = sequenceDistances(sequences, { alphabetSize: 6, method: "OM", indel: 1.5, sm: SUBM_CUSTOM });
    const pam = pamClustering(d, { k: 4, weights });
    // WeightedCluster vignette: factor(pamclust4$clustering, levels = c(66, 467, 607, 641), …) — 1-based.
    expect(Array.from(pam.medoids, (m) => m + 1).sort((a, b) => a - b)).toEqual([66, 467, 607, 641]);
  });

  it("gives the same PAM partition on aggregated cases (wcAggregateCases) as on all cases", () => {
    const d = sequenceDistances(sequences, { alphabetSize: 6, method: "OM", indel: 1.5, sm: SUBM_CUSTOM });
    const full = pamClustering(d, { k: 4, weights });
    const agg = aggregateCases(sequences, weights);
    expect(agg.aggWeights.reduce((s, w) => s + w, 0)).toBeCloseTo(
      weights.reduce((s, w) => s + w, 0),
      9,
    );
    const unique = Array.from(agg.aggIndex, (i) => sequences[i]!);
    const dAgg = sequenceDistances(unique, { alphabetSize: 6, method: "OM", indel: 1.5, sm: SUBM_CUSTOM });
    const pamAgg = pamClustering(dAgg, { k: 4, weights: agg.aggWeights });
    expect(adjustedRandIndex(disaggregate(pamAgg.labels, agg.disaggIndex), full.labels)).toBe(1);
  });

  it("OM with CONSTANT costs and indel 1 equals LCS on every pair", () => {
    const om = sequenceDistances(sequences, { alphabetSize: 6, method: "OM", sm: "CONSTANT", indel: 1 });
    const lcs = sequenceDistances(sequences, { alphabetSize: 6, method: "LCS" });
    expect(Buffer.from(om.values.buffer).equals(Buffer.from(lcs.values.buffer))).toBe(true);
  });

  it("Ward (members = weights) cut in 4 groups gives quality indices in their valid ranges", () => {
    const d = sequenceDistances(sequences, { alphabetSize: 6, method: "OM", indel: 1.5, sm: SUBM_CUSTOM });
    const groups = cutTree(wardClustering(d, { weights }), 4);
    expect(new Set(groups).size).toBe(4);
    const q = clusterQuality(d, groups, weights);
    for (const value of [q.PBC, q.HG, q.HGSD, q.ASW, q.ASWw]) {
      expect(value).toBeGreaterThan(-1);
      expect(value).toBeLessThan(1);
    }
    expect(q.R2).toBeGreaterThan(0);
    expect(q.R2).toBeLessThan(1);
    expect(q.HC).toBeGreaterThanOrEqual(0);
  });
});
