import { describe, expect, it } from "vitest";
import { cellKey, recordKeys } from "../../../src/disclosure/tables/cell-key.js";
import {
  checkPerturbedRelease,
  type PerturbedCell,
} from "../../../src/disclosure/tables/check-perturbed-release.js";
import { perturbationTable, perturbCount } from "../../../src/disclosure/tables/perturbation-table.js";

const table = perturbationTable();
const secret = "a-test-secret-that-is-long-enough-0123";

/** A release perturbed by the method: cohorts of 1 to 40 students. */
function honestRelease(): PerturbedCell[] {
  return Array.from({ length: 40 }, (_, c) => {
    const ids = Array.from({ length: c + 1 }, (_, s) => `c${c}-s${s}`);
    const key = cellKey(recordKeys(ids, secret));
    return {
      id: `cohortes.csv#${c}`,
      records: `cohort ${c}`,
      trueCount: c + 1,
      published: perturbCount(table, c + 1, key),
    };
  });
}

describe("checkPerturbedRelease()", () => {
  it("checkPerturbedRelease() passes a release perturbed by the table", () => {
    const verdict = checkPerturbedRelease(honestRelease(), table);
    expect(verdict.failures).toEqual([]);
    expect(verdict.maxDeviation).toBeLessThanOrEqual(4);
  });

  it("checkPerturbedRelease() refuses a planted published 3 and a deviation above the table's bound", () => {
    const cells = honestRelease();
    cells[2] = { ...cells[2]!, published: 3 };
    cells[30] = { ...cells[30]!, published: cells[30]!.trueCount + 5 };
    const verdict = checkPerturbedRelease(cells, table);
    expect(verdict.passed).toBe(false);
    expect(verdict.failures.map((f) => `${f.check} ${f.id}`)).toEqual([
      "blocked-small-value cohortes.csv#2",
      "outside-table cohortes.csv#2",
      "outside-table cohortes.csv#30",
    ]);
  });

  it("checkPerturbedRelease() refuses the same records published with two values (averaging attack)", () => {
    const cells = honestRelease();
    const twin = { ...cells[20]!, id: "cohorte_sexe.csv#20", published: cells[20]!.published + 1 };
    const verdict = checkPerturbedRelease([...cells, twin], table);
    expect(verdict.failures.map((f) => f.check)).toContain("inconsistent-cell");
  });

  it("checkPerturbedRelease() refuses a nest whose difference reveals a small count exactly", () => {
    const cells: PerturbedCell[] = [
      { id: "total", records: "t", trueCount: 20, published: 20 },
      { id: "part", records: "p", trueCount: 18, published: 18 },
    ];
    const verdict = checkPerturbedRelease(cells, table, [{ parent: "total", parts: ["part"] }]);
    expect(verdict.failures.map((f) => f.check)).toEqual(["differencing-unbounded"]);
    const perturbed = [cells[0]!, { ...cells[1]!, published: 19 }];
    expect(checkPerturbedRelease(perturbed, table, [{ parent: "total", parts: ["part"] }]).passed).toBe(true);
  });
});
