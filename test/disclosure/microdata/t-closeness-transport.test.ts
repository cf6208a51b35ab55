import fc from "fast-check";
import type { Highs } from "highs";
import pl from "nodejs-polars";
import { beforeAll, describe, expect, it } from "vitest";
import { type Hierarchy, hierarchyFromTable } from "../../../src/disclosure/microdata/hierarchy.js";
import { tCloseness } from "../../../src/disclosure/microdata/t-closeness.js";

// The Earth Mover's Distance is by definition an optimal transport problem:
// min Σ d(i,j)·f(i,j) s.t. Σ_j f(i,j) = p_i, Σ_i f(i,j) = q_j, f ≥ 0. Li et al. give closed forms
// for the equal, ordered and hierarchical ground distances; we check them against HiGHS.
let highs: Highs;
beforeAll(async () => {
  // The package's default export is the loader in ESM, the module object under CJS typings.
  const module = await import("highs");
  const candidate = module.default as unknown as (() => Promise<Highs>) | { default: () => Promise<Highs> };
  const loader = typeof candidate === "function" ? candidate : candidate.default;
  highs = await loader();
});

function transportCost(p: number[], q: number[], d: (i: number, j: number) => number): number {
  const m = p.length;
  const terms: string[] = [];
  const rows: string[] = [];
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < m; j++) terms.push(`${d(i, j).toFixed(12)} f_${i}_${j}`);
  }
  for (let i = 0; i < m; i++)
    rows.push(
      `s${i}: ${Array.from({ length: m }, (_, j) => `f_${i}_${j}`).join(" + ")} = ${p[i]!.toFixed(15)}`,
    );
  for (let j = 0; j < m; j++)
    rows.push(
      `t${j}: ${Array.from({ length: m }, (_, i) => `f_${i}_${j}`).join(" + ")} = ${q[j]!.toFixed(15)}`,
    );
  const lp = `Minimize\n obj: ${terms.join(" + ")}\nSubject To\n${rows.join("\n")}\nEnd\n`;
  const solution = highs.solve(lp);
  expect(solution.Status).toBe("Optimal");
  return solution.ObjectiveValue;
}

// Li, Li & Venkatasubramanian (ICDE 2007), Figure 2 (part with observed values): height 3.
const DISEASE_ROWS = [
  ["gastric ulcer", "stomach diseases", "digestive system diseases", "*"],
  ["gastritis", "stomach diseases", "digestive system diseases", "*"],
  ["stomach cancer", "stomach diseases", "digestive system diseases", "*"],
  ["flu", "respiratory infection", "respiratory system diseases", "*"],
  ["pneumonia", "respiratory infection", "respiratory system diseases", "*"],
  ["bronchitis", "respiratory infection", "respiratory system diseases", "*"],
];
const disease: Hierarchy = hierarchyFromTable("disease", DISEASE_ROWS);
const lcaLevel = (a: string, b: string) => {
  for (let level = 0; level <= disease.height; level++) {
    if (disease.generalise(a, level) === disease.generalise(b, level)) return level;
  }
  return disease.height;
};

/** Builds a frame with one class per group from per-group value counts. */
function frameOf(groups: number[][], labels: string[]) {
  const k: string[] = [];
  const s: string[] = [];
  groups.forEach((counts, g) => {
    counts.forEach((n, v) => {
      for (let i = 0; i < n; i++) {
        k.push(`g${g}`);
        s.push(labels[v]!);
      }
    });
  });
  return pl.DataFrame({ k, s });
}

const counts = fc
  .array(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 6, maxLength: 6 }), {
    minLength: 1,
    maxLength: 3,
  })
  // every class holds at least one record
  .filter((groups) => groups.every((g) => g.some((n) => n > 0)));

describe("tCloseness() against an optimal-transport LP (HiGHS)", () => {
  const leaves = DISEASE_ROWS.map((r) => r[0]!);

  it("matches the LP for the hierarchical ground distance", () => {
    let checked = 0;
    fc.assert(
      fc.property(counts, (groups) => {
        const totals = leaves.map((_, v) => groups.reduce((s, g) => s + g[v]!, 0));
        if (totals.some((n) => n === 0)) return; // every leaf observed, so the value order is the leaves'
        const t = tCloseness(frameOf(groups, leaves), ["k"], "s", {
          distance: "hierarchical",
          hierarchy: disease,
        });
        const n = totals.reduce((a, b) => a + b, 0);
        // sensitiveDistributions orders string values lexically
        const order = [...leaves].sort();
        const q = order.map((leaf) => totals[leaves.indexOf(leaf)]! / n);
        groups.forEach((g, i) => {
          const size = g.reduce((a, b) => a + b, 0);
          const p = order.map((leaf) => g[leaves.indexOf(leaf)]! / size);
          const lp = transportCost(p, q, (a, b) => lcaLevel(order[a]!, order[b]!) / disease.height);
          expect(t.classes[i]!.emd).toBeCloseTo(lp, 7);
          checked += 1;
        });
      }),
      { numRuns: 25, seed: 11 },
    );
    // the property must not pass vacuously (runs where a value is unobserved are skipped)
    expect(checked).toBeGreaterThan(10);
  });

  it("matches the LP for the equal and ordered ground distances", () => {
    let checked = 0;
    fc.assert(
      fc.property(counts, (groups) => {
        const labels = ["1", "2", "3", "4", "5", "6"];
        const totals = labels.map((_, v) => groups.reduce((s, g) => s + g[v]!, 0));
        if (totals.some((n) => n === 0)) return;
        const frame = frameOf(groups, labels);
        const equal = tCloseness(frame, ["k"], "s", { distance: "equal" });
        const ordered = tCloseness(frame, ["k"], "s", { distance: "ordered" });
        const n = totals.reduce((a, b) => a + b, 0);
        const q = totals.map((c) => c / n);
        groups.forEach((g, i) => {
          const size = g.reduce((a, b) => a + b, 0);
          const p = g.map((c) => c / size);
          expect(equal.classes[i]!.emd).toBeCloseTo(
            transportCost(p, q, (a, b) => (a === b ? 0 : 1)),
            7,
          );
          expect(ordered.classes[i]!.emd).toBeCloseTo(
            transportCost(p, q, (a, b) => Math.abs(a - b) / 5),
            7,
          );
          checked += 1;
        });
      }),
      { numRuns: 25, seed: 12 },
    );
    expect(checked).toBeGreaterThan(10);
  });

  it("needs the hierarchy for the hierarchical distance", () => {
    const frame = frameOf([[1, 1, 0, 0, 0, 0]], leaves);
    expect(() => tCloseness(frame, ["k"], "s", { distance: "hierarchical" })).toThrow(/needs the hierarchy/);
  });
});
