import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");

function notebook(
  cells: { cell_type: "markdown" | "code"; source: string; tags?: string[]; scaffold?: string }[],
) {
  return {
    cells: cells.map((cell, index) => ({
      cell_type: cell.cell_type,
      id: `c${index}`,
      metadata: {
        ...(cell.tags ? { tags: cell.tags } : {}),
        ...(cell.scaffold ? { scaffold: cell.scaffold } : {}),
      },
      source: cell.source,
      ...(cell.cell_type === "code" ? { execution_count: null, outputs: [] } : {}),
    })),
    metadata: { kernelspec: { name: "tslab", display_name: "TypeScript", language: "typescript" } },
    nbformat: 4,
    nbformat_minor: 5,
  };
}

const FIRST_CELL =
  "# 01 — Essai\n\n**Objectifs** : tester.\n\n**Prérequis** : aucun. **Durée** : 5 minutes.\n\n" +
  "**Parcours** : Culture des données. Voir le [glossaire](../docs/glossaire.md).";

function exercise(n: number, solution: string, check: string) {
  return [
    { cell_type: "markdown" as const, source: `### Exercice ${n}` },
    {
      cell_type: "code" as const,
      source: solution,
      tags: ["solution"],
      scaffold: `const reponse${n}: number | undefined = /* à compléter */ undefined;`,
    },
    { cell_type: "code" as const, source: check },
  ];
}

const goodCells = [
  { cell_type: "markdown" as const, source: FIRST_CELL },
  { cell_type: "code" as const, source: "const x: number = 1;\nx + 1" },
  ...exercise(
    1,
    "const reponse1: number | undefined = x * 2;",
    'verifier(reponse1, 2, { nom: "le double" });',
  ),
  ...exercise(2, "const reponse2: number | undefined = x * 3;", "verifier(reponse2, 3);"),
  ...exercise(3, "const reponse3: number | undefined = x * 4;", "verifier(reponse3, 4);"),
  {
    cell_type: "markdown" as const,
    source: "## QCM\n\n1. Oui ?\n\n<details><summary>Réponse</summary>Oui.</details>",
  },
  { cell_type: "markdown" as const, source: "## À retenir\n\n- rien." },
];
type CellSpec = { cell_type: "markdown" | "code"; source: string; tags?: string[]; scaffold?: string };

function scratchCourse(cells: CellSpec[] = goodCells, inRepository = false) {
  // Inside the repository, a notebook resolves `oraccle-opendata` as the course notebooks do.
  const parent = inRepository ? join(root, ".scratch") : tmpdir();
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, "course-"));
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
  it("generates the exercise copy: scaffolds instead of solutions, links that work from its folder", () => {
    const dir = scratchCourse();
    const built = runScript("build-course.mjs", [], dir);
    expect(built.stderr).toBe("");
    expect(built.status).toBe(0);
    const exercise = readFileSync(join(dir, "exercices", "01-essai.ipynb"), "utf8");
    expect(exercise).toContain("/* à compléter */ undefined");
    expect(exercise).not.toContain("x * 2");
    expect(exercise).toContain("](../../docs/glossaire.md)");
    expect(exercise).toContain("[Sommaire](../README.md)");
    expect(exercise).toContain("[Version avec les solutions](../01-essai.ipynb)");
    expect(readFileSync(join(dir, "01-essai.ipynb"), "utf8")).toContain(
      "[Version exercice](exercices/01-essai.ipynb)",
    );
    expect(readFileSync(join(dir, "README.md"), "utf8")).toContain(
      "Parcours « Culture des données » — 5 min",
    );
    expect(runScript("build-course.mjs", ["--check"], dir).status).toBe(0);
  });

  it("fails --check, naming the notebook, when the last cell is not « À retenir »", () => {
    const dir = scratchCourse(goodCells.slice(0, -1));
    const result = runScript("build-course.mjs", ["--check"], dir);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(
      '01-essai.ipynb: the last cell must be a markdown cell titled "À retenir"',
    );
  });

  it("fails --check when the first cell has no glossary link or no objectives", () => {
    const withoutLink = FIRST_CELL.replace("[glossaire](../docs/glossaire.md)", "glossaire");
    const result = runScript(
      "build-course.mjs",
      ["--check"],
      scratchCourse([{ cell_type: "markdown", source: withoutLink }, ...goodCells.slice(1)]),
    );
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("01-essai.ipynb: the first cell must link the glossary");
    const withoutGoals = FIRST_CELL.replace("**Objectifs** : tester.", "");
    const other = runScript(
      "build-course.mjs",
      ["--check"],
      scratchCourse([{ cell_type: "markdown", source: withoutGoals }, ...goodCells.slice(1)]),
    );
    expect(other.stderr).toContain(
      '01-essai.ipynb: the first cell must be markdown and state the objectives ("Objectifs")',
    );
  });

  it("fails --check on a code cell of 26 lines, naming the cell and its length", () => {
    const long = Array.from({ length: 26 }, (_, i) => `const v${i} = ${i};`).join("\n");
    const cells = [goodCells[0]!, { cell_type: "code" as const, source: long }, ...goodCells.slice(1)];
    const result = runScript("build-course.mjs", ["--check"], scratchCourse(cells));
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("01-essai.ipynb: cell 2 has 26 lines of code (at most 25)");
  });

  it("fails --check when an exercise has no scaffold or the QCM is missing", () => {
    const cells = goodCells
      .filter((cell) => !cell.source.startsWith("## QCM"))
      .map((cell) => (cell.scaffold ? { ...cell, scaffold: "// vide" } : cell));
    const result = runScript("build-course.mjs", ["--check"], scratchCourse(cells));
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('needs a scaffold (metadata.scaffold with "/* à compléter */")');
    expect(result.stderr).toContain("01-essai.ipynb: no QCM");
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
      goodCells.at(-1)!,
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

describe("scripts/run-notebooks.mjs with verifier()", () => {
  it("passes an exercise copy whose scaffolds are unfilled (reported), fails a solution whose check is wrong", () => {
    const wrong = goodCells.map((cell) =>
      cell.source.startsWith("const reponse2")
        ? { ...cell, source: "const reponse2: number | undefined = x * 30;" }
        : cell,
    );
    const importCell: CellSpec = {
      cell_type: "code",
      source: 'import { verifier } from "oraccle-opendata";',
    };
    const dir = scratchCourse([wrong[0]!, importCell, ...wrong.slice(1)], true);
    try {
      expect(runScript("build-course.mjs", [], dir).status).toBe(0);
      const result = spawnSync(
        process.execPath,
        [
          join(root, "scripts", "run-notebooks.mjs"),
          join(dir, "01-essai.ipynb"),
          join(dir, "exercices", "01-essai.ipynb"),
        ],
        { encoding: "utf8", env: { ...process.env, ORACCLE_OUT_DIR: join(dir, "out") } },
      );
      expect(result.status).not.toBe(0);
      expect(result.stderr).toMatch(
        /01-essai\.ipynb: cell \d+ \(code cell \d+\) failed:\s+check « votre réponse » is faux/,
      );
      expect(result.stdout).toMatch(
        /ok {3}\S*exercices\/01-essai\.ipynb \(\d+ code cells, [\d.]+ s; checks: 3 to fill in\)/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
