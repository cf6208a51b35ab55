import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");

function notebook(cells: { cell_type: "markdown" | "code"; source: string; tags?: string[] }[]) {
  return {
    cells: cells.map((cell, index) => ({
      cell_type: cell.cell_type,
      id: `c${index}`,
      metadata: cell.tags ? { tags: cell.tags } : {},
      source: cell.source,
      ...(cell.cell_type === "code" ? { execution_count: null, outputs: [] } : {}),
    })),
    metadata: { kernelspec: { name: "tslab", display_name: "TypeScript", language: "typescript" } },
    nbformat: 4,
    nbformat_minor: 5,
  };
}

const goodCells = [
  {
    cell_type: "markdown" as const,
    source: "# 01 — Essai\n\n**Objectifs** : tester.\n\n**Prérequis** : aucun. **Durée** : 5 minutes.",
  },
  { cell_type: "code" as const, source: "const x: number = 1;\nx + 1" },
  { cell_type: "code" as const, source: "// Solution\nx * 2", tags: ["solution"] },
  { cell_type: "markdown" as const, source: "## À retenir\n\n- rien." },
];

function scratchCourse(cells = goodCells) {
  const dir = mkdtempSync(join(tmpdir(), "course-"));
  mkdirSync(join(dir, "exercices"));
  writeFileSync(join(dir, "01-essai.ipynb"), JSON.stringify(notebook(cells)));
  return dir;
}

function runScript(script: string, args: string[], notebooksDir: string) {
  return spawnSync(process.execPath, [join(root, "scripts", script), ...args], {
    encoding: "utf8",
    env: { ...process.env, ORACCLE_NOTEBOOKS_DIR: notebooksDir },
  });
}

describe("scripts/build-course.mjs", () => {
  it("generates the exercise copy with the solution emptied, then --check passes", () => {
    const dir = scratchCourse();
    expect(runScript("build-course.mjs", [], dir).status).toBe(0);
    const exercise = readFileSync(join(dir, "exercices", "01-essai.ipynb"), "utf8");
    expect(exercise).toContain("À vous de jouer");
    expect(exercise).not.toContain("x * 2");
    expect(runScript("build-course.mjs", ["--check"], dir).status).toBe(0);
  });

  it("fails --check, naming the notebook, when the last cell is not « À retenir »", () => {
    const dir = scratchCourse(goodCells.slice(0, 3));
    const result = runScript("build-course.mjs", ["--check"], dir);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(
      '01-essai.ipynb: the last cell must be a markdown cell titled "À retenir"',
    );
  });
});

describe("scripts/strip-notebooks.mjs --check", () => {
  it("fails on a notebook that carries outputs, and passes once stripped", () => {
    const dir = scratchCourse();
    const withOutput = notebook(goodCells);
    (withOutput.cells[1] as { outputs: unknown[] }).outputs = [
      { output_type: "stream", name: "stdout", text: "2\n" },
    ];
    writeFileSync(join(dir, "01-essai.ipynb"), JSON.stringify(withOutput));
    const check = runScript("strip-notebooks.mjs", ["--check"], dir);
    expect(check.status).not.toBe(0);
    expect(check.stderr).toContain("01-essai.ipynb");
    expect(runScript("strip-notebooks.mjs", [], dir).status).toBe(0);
    expect(runScript("strip-notebooks.mjs", ["--check"], dir).status).toBe(0);
  });
});

describe("scripts/run-notebooks.mjs", () => {
  it("stops on a type error, naming the notebook, the cell and the compiler's message", () => {
    const dir = scratchCourse([
      goodCells[0]!,
      { cell_type: "code", source: "const ok = 1;" },
      { cell_type: "code", source: 'const annee: number = "2024";' },
      goodCells[3]!,
    ]);
    const result = spawnSync(
      process.execPath,
      [join(root, "scripts", "run-notebooks.mjs"), join(dir, "01-essai.ipynb")],
      {
        encoding: "utf8",
      },
    );
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/01-essai\.ipynb: cell 3 \(code cell 2\) failed/);
    expect(result.stderr).toContain("Type 'string' is not assignable to type 'number'");
  }, 120_000);
});
