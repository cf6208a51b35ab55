import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { AREA_ORDER, flowViolations, importCycles, importEdges, sourceFiles } from "./import-graph.js";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const SRC = here("../../src");

const show = (edges: readonly { from: string; to: string; rule?: string }[]) =>
  edges.map((e) => `${e.from} → ${e.to}${e.rule ? ` (${e.rule})` : ""}`);

describe("architecture of src/", () => {
  it("importEdges(src) finds the imports of every area", () => {
    const edges = importEdges(SRC);
    // The root index imports each area that has an index.
    expect(edges.filter((e) => e.from === "index.ts").length).toBeGreaterThanOrEqual(8);
    expect(edges.length).toBeGreaterThan(sourceFiles(SRC).length);
  });

  it("every area of src/ is placed in the declared flow", () => {
    const areas = new Set(sourceFiles(SRC).flatMap((f) => (f.includes("/") ? [f.split("/")[0]] : [])));
    expect([...areas].filter((a) => a !== undefined && !(a in AREA_ORDER))).toEqual([]);
  });

  it("flowViolations(src) finds no import against core → sise → trajectories → sequences / indicators → disclosure → linkage → viz → publish → course → serve → cli", () => {
    expect(show(flowViolations(importEdges(SRC)))).toEqual([]);
  });

  it("importCycles(src) finds no cycle between files", () => {
    expect(importCycles(importEdges(SRC))).toEqual([]);
  });
});

describe("architecture checks on fixtures", () => {
  it("flowViolations() reports a forward import, a generic area reaching into SISE and a figure calling trajectories", () => {
    const violations = flowViolations(importEdges(here("./fixtures/bad-flow")));
    expect(show(violations)).toEqual([
      "indicators/cohort-chart.ts → viz/figure.ts (indicators (rank 3) may not import viz (rank 6))",
      "sequences/read-sequences.ts → sise/decode-text.ts (sequences → sise: sequence analysis is generic: it knows nothing of SISE)",
      "viz/sankey.ts → trajectories/pseudo-states.ts (viz → trajectories: figures take data, they never compute it)",
    ]);
  });

  it("flowViolations() lets a figure import the data type it draws", () => {
    const edges = importEdges(here("./fixtures/good-flow"));
    expect(edges).toEqual([{ from: "viz/rate-bars.ts", to: "indicators/rates.ts", typeOnly: true }]);
    expect(flowViolations(edges)).toEqual([]);
  });

  it("importCycles() reports two files importing each other", () => {
    expect(importCycles(importEdges(here("./fixtures/cycle")))).toEqual([["core/a.ts", "core/b.ts"]]);
  });
});
