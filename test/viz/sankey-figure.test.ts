import { describe, expect, it } from "vitest";
import { flows } from "../../src/trajectories/flows.js";
import { principalEnrolments } from "../../src/trajectories/principal-enrolments.js";
import { transitions } from "../../src/trajectories/transitions.js";
import { yearlyStates } from "../../src/trajectories/yearly-states.js";
import type { FlowRow } from "../../src/viz/flow-row.js";
import { sankeyFigure } from "../../src/viz/sankey-figure.js";
import { twentyStudentsInscriptions, twentyStudentsResultats } from "../trajectories/twenty-students.js";

interface SankeyTrace {
  type: string;
  node: { label: string[]; x: number[]; y: number[]; color: string[]; customdata: string[] };
  link: { source: number[]; target: number[]; value: number[]; color: string[]; customdata: number[] };
}

const traceOf = (figure: ReturnType<typeof sankeyFigure>) => figure.data[0] as unknown as SankeyTrace;

// A small hand-made flow table: 2020 → 2021 → 2022.
const SMALL: FlowRow[] = [
  { from_rentree: 2020, from_state: "L1", to_state: "L2", n: 50 },
  { from_rentree: 2020, from_state: "L1", to_state: "L1", n: 30 },
  { from_rentree: 2020, from_state: "L1", to_state: "sortie", n: 20 },
  { from_rentree: 2020, from_state: "entree", to_state: "L1", n: 40 },
  { from_rentree: 2020, from_state: "L1", to_state: "BUT1", n: 3 },
  { from_rentree: 2021, from_state: "L1", to_state: "L2", n: 25 },
  { from_rentree: 2021, from_state: "L1", to_state: "interruption", n: 45 },
  { from_rentree: 2021, from_state: "L2", to_state: "L3", n: 50 },
  { from_rentree: 2021, from_state: "BUT1", to_state: "BUT2", n: 3 },
  { from_rentree: 2021, from_state: "L1", to_state: "sortie", n: 0 },
];

describe("sankeyFigure()", () => {
  it("puts one column per rentrée at a fixed x, with the same state order in every column", () => {
    const trace = traceOf(sankeyFigure(SMALL));
    expect(trace.type).toBe("sankey");
    const nodes = trace.node.label.map((label, i) => ({
      label,
      x: trace.node.x[i],
      y: trace.node.y[i] as number,
    }));
    // Three columns: 2020 (x≈0), 2021 (x=0.5), 2022 (x≈1), clamped away from 0 and 1.
    expect([...new Set(nodes.map((n) => n.x))]).toEqual([0.001, 0.5, 0.999]);
    expect(nodes.filter((n) => n.x === 0.001).map((n) => n.label)).toEqual(["Entrée", "L1"]);
    expect(nodes.filter((n) => n.x === 0.5).map((n) => n.label)).toEqual([
      "BUT1",
      "L1",
      "L2",
      "Sortie / non réinscrit",
    ]);
    expect(nodes.filter((n) => n.x === 0.999).map((n) => n.label)).toEqual([
      "BUT2",
      "L2",
      "L3",
      "Interruption",
    ]);
    // Within a column, y increases with the state order and stays inside (0, 1).
    for (const x of [0.001, 0.5, 0.999]) {
      const ys = nodes.filter((n) => n.x === x).map((n) => n.y);
      expect([...ys].sort((a, b) => a - b)).toEqual(ys);
      expect(ys.every((v) => v >= 0.001 && v <= 0.999)).toBe(true);
    }
  });

  it("drops empty links and nodes without links before indexing", () => {
    const trace = traceOf(sankeyFigure(SMALL));
    expect(trace.link.value).not.toContain(0);
    expect(trace.link.value).toHaveLength(9);
    const used = new Set([...trace.link.source, ...trace.link.target]);
    expect(used.size).toBe(trace.node.label.length);
  });

  it("groups states whose nodes stay below the threshold into Autres, keeping every column's total", () => {
    const trace = traceOf(sankeyFigure(SMALL, { otherBelow: 5 }));
    expect(trace.node.label).not.toContain("BUT1");
    expect(trace.node.label).toContain("Autres");
    const total = trace.link.value.reduce((sum, v) => sum + v, 0);
    expect(total).toBe(SMALL.reduce((sum, r) => sum + r.n, 0));
  });

  it("hides links below the display threshold", () => {
    const trace = traceOf(sankeyFigure(SMALL, { hideLinksBelow: 25 }));
    expect(Math.min(...trace.link.value)).toBe(25);
  });

  it("colours a link like its source at alpha 0.4 and shows the share of the source node", () => {
    const trace = traceOf(sankeyFigure(SMALL, { colors: { L1: "#0072b2" } }));
    const i = trace.link.value.indexOf(50);
    expect(trace.node.label[trace.link.source[i] as number]).toBe("L1");
    expect(trace.link.color[i]).toBe("rgba(0, 114, 178, 0.4)");
    // 50 of the 103 students of L1 in 2020.
    expect(trace.link.customdata[i]).toBe(48.5);
  });

  it("follows a given state order and is deterministic", () => {
    const a = sankeyFigure(SMALL, { stateOrder: ["L3", "L2", "L1"] });
    const trace = traceOf(a);
    const column = trace.node.label.filter((_, i) => trace.node.x[i] === 0.5);
    expect(column).toEqual(["L2", "L1", "BUT1", "Sortie / non réinscrit"]);
    expect(JSON.stringify(sankeyFigure(SMALL, { stateOrder: ["L3", "L2", "L1"] }))).toBe(JSON.stringify(a));
  });

  it("draws the 20 students' flows with entry, exit and graduate-exit nodes", () => {
    const principal = principalEnrolments(twentyStudentsInscriptions()).enrolments;
    const f = flows(transitions(yearlyStates(principal, twentyStudentsResultats())));
    const trace = traceOf(sankeyFigure(f));
    expect(trace.node.label).toEqual(
      expect.arrayContaining(["Entrée", "Sortie / non réinscrit", "Diplômé, sorti"]),
    );
    // Every student-year that has a next year is one unit of flow.
    expect(trace.link.value.reduce((sum, v) => sum + v, 0)).toBe(Number(f.getColumn("n").sum()));
    expect(new Set(trace.node.x).size).toBe(5); // 2019 … 2023
  });
});
