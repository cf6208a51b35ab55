import { describe, expect, it } from "vitest";
import { globalRisk } from "../../../src/disclosure/microdata/global-risk.js";
import { individualRisk } from "../../../src/disclosure/microdata/individual-risk.js";
import { kAnonymityViolations } from "../../../src/disclosure/microdata/k-anonymity-violations.js";
import { hasReference, readReference } from "./reference-data.js";

// IHSN/World Bank "Statistical Disclosure Control for Microdata: A Practice Guide"
// (ihsn/SDCPractice, docs/measure_risk.rst): Table 4.1, Examples 4.2–4.4, 4.11–4.12.
const FILE = "sdcpractice/sdc_practice_guide_tab41_43_45.csv";
const keys = ["Residence", "Gender", "Education", "Labor"];

describe.skipIf(!hasReference(FILE))(`SDC Practice Guide Table 4.1 (${FILE})`, () => {
  const frame = () => readReference(FILE);

  it("individualRisk() reproduces fk, Fk and risk of Example 4.2/4.3", () => {
    const out = individualRisk(frame(), keys, { weights: "Weight" });
    expect(out.getColumn("fk").toArray()).toEqual([2, 2, 1, 2, 1, 2, 1, 1, 2, 2]);
    expect(out.getColumn("Fk").toArray()).toEqual([360, 360, 215, 152, 186, 152, 180, 215, 262, 262]);
    const published = [
      0.00542452, 0.00542452, 0.025096439, 0.012563425, 0.028247279, 0.012563425, 0.029010932, 0.025096439,
      0.007403834, 0.007403834,
    ];
    const risk = out.getColumn("risk").toArray() as number[];
    published.forEach((value, i) => {
      expect(risk[i]).toBeCloseTo(value, 8);
    });
  });

  it("globalRisk() gives the published global risk 0.01582 and 0.1582 expected re-identifications", () => {
    const g = globalRisk(frame(), keys, { weights: "Weight" });
    expect(g.rate).toBeCloseTo(0.01582, 5);
    expect(g.expectedReidentifications).toBeCloseTo(0.1582, 4);
    // Example 4.13: nobody above 0.05
    expect(g.maxRisk).toBeLessThan(0.05);
  });

  it("kAnonymityViolations() finds 4 records violating 2-anonymity and 10 violating 3-anonymity (Example 4.4)", () => {
    expect(kAnonymityViolations(frame(), keys, 2).violatingRecords).toBe(4);
    expect(kAnonymityViolations(frame(), keys, 3).violatingRecords).toBe(10);
  });
});
