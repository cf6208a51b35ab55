import { existsSync } from "node:fs";
import pl from "nodejs-polars";
import { describe, expect, it } from "vitest";
import { ExitCode, type OraccleError } from "../../../src/core/errors.js";
import { checkRelease } from "../../../src/disclosure/gate/check-release.js";
import { type DisclosurePolicy, resolvePolicy } from "../../../src/disclosure/gate/disclosure-policy.js";
import { buildTable } from "../../../src/disclosure/tables/build-table.js";
import type { TableCell } from "../../../src/disclosure/tables/linear-table.js";

// 6 students: the pair (sexe 2, 1999) is rare, everyone else shares (sexe 1, 2004) with 3 others.
const students = () =>
  pl.DataFrame({
    sexe: ["1", "1", "1", "1", "2", "2"],
    annais: ["2004", "2004", "2004", "2004", "1999", "1999"],
    diplome: ["XA", "XA", "XB", "XA", "DR", "DR"],
  });

function twoWay(counts: number[][]): TableCell[] {
  const cells: TableCell[] = [];
  counts.forEach((row, r) => {
    row.forEach((value, c) => {
      cells.push({ coordinates: { etabli: `e${r}`, sexe: `${c + 1}` }, value });
    });
    cells.push({ coordinates: { etabli: `e${r}`, sexe: "Total" }, value: row.reduce((s, x) => s + x, 0) });
  });
  counts[0]!.forEach((_, c) => {
    cells.push({
      coordinates: { etabli: "Total", sexe: `${c + 1}` },
      value: counts.reduce((s, row) => s + row[c]!, 0),
    });
  });
  cells.push({
    coordinates: { etabli: "Total", sexe: "Total" },
    value: counts.flat().reduce((s, x) => s + x, 0),
  });
  return cells;
}

describe("checkRelease() on microdata", () => {
  it("refuses under oraccle-k5 and names the rows below k = 5 without their values", async () => {
    const { passed, report, text } = await checkRelease(
      { kind: "microdata", frame: students(), keys: ["sexe", "annais"], source: "inscri.csv" },
      "oraccle-k5",
    );
    expect(passed).toBe(false);
    const k = report.checks.find((c) => c.rule === "k-anonymity")!;
    expect(k).toMatchObject({ passed: false, threshold: 5, count: 6 });
    expect(k.items[4]).toEqual({ row: 4, line: 6, classSize: 2 });
    expect(report.summary).toMatchObject({ records: 6, classes: 2, smallestClass: 2 });
    const json = JSON.stringify(report);
    for (const value of ["2004", "1999", "XA", "DR"]) {
      expect(json).not.toContain(value);
      expect(text).not.toContain(value);
    }
    expect(text).toMatch(/^REFUSED — microdata 'inscri.csv' under policy oraccle-k5/);
  });

  it("passes a custom k = 2 policy and then fails its l-diversity rule on the homogeneous class", async () => {
    const custom: DisclosurePolicy = {
      name: "k2-l2",
      description: "test policy",
      microdata: { k: 2, lDiversity: 2 },
      table: { rules: [] },
    };
    const { passed, report } = await checkRelease(
      { kind: "microdata", frame: students(), keys: ["sexe", "annais"], sensitive: ["diplome"] },
      custom,
    );
    expect(report.checks.map((c) => [c.rule, c.passed])).toEqual([
      ["k-anonymity", true],
      ["l-diversity", false],
    ]);
    // The (2, 1999) class all hold DR: knowing someone is in it reveals their diploma.
    expect(report.checks[1]!.items).toEqual([{ row: 4, line: 6, classSize: 2, problem: "l-diversity" }]);
    expect(passed).toBe(false);
  });

  it("lists at most maxItems items but always the full count", async () => {
    const { report } = await checkRelease(
      { kind: "microdata", frame: students(), keys: ["sexe", "annais"] },
      "dgfip-11",
      { maxItems: 2 },
    );
    expect(report.checks[0]).toMatchObject({ count: 6, truncated: true });
    expect(report.checks[0]!.items).toHaveLength(2);
  });
});

const guide = "../shared/reference-data/sdcpractice/sdc_practice_guide_tab41_43_45.csv";
const haveGuide = existsSync(guide);
if (!haveGuide) console.warn(`skipping the SDC Practice Guide gate test: ${guide} is absent`);

describe.skipIf(!haveGuide)("checkRelease() on the SDC Practice Guide Table 4.1", () => {
  // ihsn/SDCPractice docs/measure_risk.rst, Example 4.4: with keys Residence, Gender, Education and
  // Labor, 4 records violate 2-anonymity and all 10 violate 3-anonymity.
  it("refuses all 10 records under insee-entreprises (k = 3) and 4 under a k = 2 policy", async () => {
    const frame = pl.readCSV(guide, { inferSchemaLength: 0 });
    const keys = ["Residence", "Gender", "Education", "Labor"];
    const k3 = await checkRelease({ kind: "microdata", frame, keys }, "insee-entreprises");
    expect(k3.report.checks[0]!.count).toBe(10);
    const k2 = await checkRelease(
      { kind: "microdata", frame, keys },
      {
        ...resolvePolicy("insee-entreprises"),
        name: "k2",
        microdata: { k: 2 },
      },
    );
    expect(k2.report.checks[0]!.count).toBe(4);
    expect(k2.report.checks[0]!.items.every((item) => item.classSize === 1)).toBe(true);
  });

  // Same guide, Example 4.11–4.12: with the survey weights, global risk 0.01582 (0.1582 expected
  // re-identifications).
  it("reports the guide's global risk 0.01582 and refuses it under a 1 % ceiling", async () => {
    const frame = pl.readCSV(guide, { inferSchemaLength: 100 });
    const keys = ["Residence", "Gender", "Education", "Labor"];
    const policy: DisclosurePolicy = {
      name: "risk-1pc",
      description: "test policy",
      microdata: { k: 1, maxGlobalRisk: 0.01 },
      table: { rules: [] },
    };
    const { passed, report } = await checkRelease(
      { kind: "microdata", frame, keys, weights: "Weight" },
      policy,
    );
    expect(report.summary.globalRisk).toBeCloseTo(0.01582, 5);
    expect(report.summary.expectedReidentifications).toBeCloseTo(0.1582, 4);
    expect(report.checks.map((c) => [c.rule, c.passed])).toEqual([
      ["k-anonymity", true],
      ["global-risk", false],
    ]);
    expect(passed).toBe(false);
  });
});

describe("checkRelease() on tables", () => {
  it("passes a table whose small cell gets audited secondary suppressions, masked as 0 under oraccle-k5", async () => {
    const table = buildTable({
      dimensions: [{ name: "etabli" }, { name: "sexe" }],
      cells: twoWay([
        [3, 40],
        [25, 31],
        [18, 22],
      ]),
    });
    const { passed, report, protectedTable } = await checkRelease({ kind: "table", table }, "oraccle-k5");
    expect(passed).toBe(true);
    expect(report.checks.map((c) => [c.rule, c.passed, c.count])).toEqual([
      ["primary-suppression", true, 1],
      ["lp-audit", true, 0],
    ]);
    expect(report.checks[0]!.items).toEqual([
      { cell: 0, coordinates: { etabli: "e0", sexe: "1" }, status: "primary", rules: ["frequency"] },
    ]);
    expect(report.summary).toMatchObject({ primary: 1, secondary: 3 });
    expect(protectedTable!.cells[0]!.published).toBe(0);
    expect(JSON.stringify(report)).not.toMatch(/"published"|"value"/);
  });

  it("refuses a table whose only complements are protected and names the recomputable cell", async () => {
    const cells = twoWay([[2, 40]]).map((cell) =>
      cell.coordinates.sexe === "1" && cell.coordinates.etabli === "e0"
        ? cell
        : { ...cell, manual: "protected" as const },
    );
    const table = buildTable({ dimensions: [{ name: "etabli" }, { name: "sexe" }], cells });
    const { passed, report, text } = await checkRelease(
      { kind: "table", table, source: "t.csv" },
      "insee-entreprises",
    );
    expect(passed).toBe(false);
    // e0|1 = 2 and its column margin Total|1 = 2 are both unsafe; both are recomputable.
    expect(report.checks[1]).toMatchObject({ rule: "lp-audit", passed: false, count: 2 });
    expect(report.checks[1]!.items[0]).toMatchObject({
      coordinates: { etabli: "e0", sexe: "1" },
      problem: "exact",
    });
    expect(text).toContain("etabli=e0, sexe=1 — primary (frequency) — value recomputable exactly");
  });

  it("rejects an unknown policy name with a usage error listing the presets", async () => {
    const table = buildTable({
      dimensions: [{ name: "d" }],
      cells: [{ coordinates: { d: "Total" }, value: 1 }],
    });
    await expect(checkRelease({ kind: "table", table }, "k3")).rejects.toThrow(
      /policy 'k3' is unknown; use oraccle-k5, insee-entreprises, dgfip-11/,
    );
    try {
      resolvePolicy("k3");
    } catch (error) {
      expect((error as OraccleError).exitCode).toBe(ExitCode.usage);
    }
  });

  it("rejects a custom policy without a frequency convention", () => {
    expect(() =>
      resolvePolicy({
        name: "x",
        description: "",
        microdata: { k: 3 },
        table: { rules: [{ kind: "frequency", threshold: 3 } as never] },
      }),
    ).toThrow(/convention/);
  });
});
