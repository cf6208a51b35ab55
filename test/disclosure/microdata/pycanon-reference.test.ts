import { describe, expect, it } from "vitest";
import { betaLikeness } from "../../../src/disclosure/microdata/beta-likeness.js";
import { deltaDisclosure } from "../../../src/disclosure/microdata/delta-disclosure.js";
import { kAnonymityViolations } from "../../../src/disclosure/microdata/k-anonymity-violations.js";
import { lDiversity } from "../../../src/disclosure/microdata/l-diversity.js";
import { prosecutorRisk } from "../../../src/disclosure/microdata/prosecutor-risk.js";
import { tCloseness } from "../../../src/disclosure/microdata/t-closeness.js";
import { hasReference, readReference } from "./reference-data.js";

// Published values: IFCA-Advanced-Computing/pycanon tests/test_anonymity.py, class TestMathScores
// (qi = Teacher, Gender, Ethnic, Freeredu, wesson; sa = Score).
const RAW = "pycanon/processed/StudentsMath_Score.csv";
const K5 = "pycanon/processed/StudentsMath_Score_k5.csv";
const qi = ["Teacher", "Gender", "Ethnic", "Freeredu", "wesson"];

describe.skipIf(!hasReference(RAW))(`pycanon StudentsMath_Score (${RAW})`, () => {
  const raw = () => readReference(RAW);

  it("prosecutorRisk() and kAnonymityViolations() find k = 1 (test_k_anon)", () => {
    expect(prosecutorRisk(raw(), qi).smallestClass).toBe(1);
    expect(kAnonymityViolations(raw(), qi, 2).satisfied).toBe(false);
  });

  it("lDiversity() gives distinct l = 1 and entropy l = 1 (test_l_div, test_entropy_l)", () => {
    const l = lDiversity(raw(), qi, "Score");
    expect(l.distinct).toBe(1);
    expect(l.entropyL).toBe(1);
  });

  it("tCloseness() gives t = 0.4165919952210274 with the ordered distance on the numeric Score (test_t_clos)", () => {
    const t = tCloseness(raw(), qi, "Score");
    expect(t.distance).toBe("ordered");
    expect(t.t).toBeCloseTo(0.4165919952210274, 12);
  });

  it("deltaDisclosure() gives δ = 4.276666119016055 with ln (test_delta_disclosure)", () => {
    expect(deltaDisclosure(raw(), qi, "Score").delta).toBeCloseTo(4.276666119016055, 12);
  });

  it("betaLikeness() gives basic β = 71 and pycanon's enhanced figure 5.375278407684164", () => {
    const b = betaLikeness(raw(), qi, "Score");
    expect(b.basic).toBeCloseTo(71, 10);
    expect(b.enhancedPycanon).toBeCloseTo(5.375278407684164, 12);
  });
});

describe.skipIf(!hasReference(K5))(`pycanon StudentsMath_Score_k5 (${K5})`, () => {
  it("is 5-anonymous and 4-diverse (test_k_anon_5; l = 4 in test_c_div_5)", () => {
    const k5 = readReference(K5);
    expect(prosecutorRisk(k5, qi).smallestClass).toBe(5);
    expect(kAnonymityViolations(k5, qi, 5).satisfied).toBe(true);
    expect(lDiversity(k5, qi, "Score").distinct).toBe(4);
  });
});
