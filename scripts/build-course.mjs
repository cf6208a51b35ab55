#!/usr/bin/env node
// Course tooling over the source notebooks:
// - checks each notebook's structure: first cell gives objectives, prerequisites and duration;
//   last (non-navigation) cell is "À retenir"; at least one solution cell;
// - maintains a navigation cell (previous / index / next) at the end of each notebook;
// - generates the exercise copies in notebooks/exercices/ (cells tagged "solution" emptied);
// - generates the index notebooks/README.md.
// `--check` changes nothing and fails when something is missing or out of date (CI).
//
// Usage: node scripts/build-course.mjs [--check]
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  cellText,
  courseNotebooks,
  exercisesDir,
  hasTag,
  notebooksDir,
  readNotebook,
  serialiseNotebook,
  toSourceLines,
} from "./notebook-files.mjs";

const check = process.argv.includes("--check");
const problems = [];
const changed = [];

function titleOf(notebook, name) {
  const first = notebook.cells.find((cell) => cell.cell_type === "markdown");
  const match = first && /^#\s+(.+)$/m.exec(cellText(first));
  return match ? match[1].trim() : name;
}

function durationOf(notebook) {
  const match = /Durée\**\s*:?\**\s*:?\s*([^.\n]+)/i.exec(cellText(notebook.cells[0] ?? { source: "" }));
  return match ? match[1].replace(/\*/g, "").trim() : "";
}

function checkStructure(name, notebook) {
  const cells = notebook.cells.filter((cell) => !hasTag(cell, "navigation"));
  const first = cells[0];
  const last = cells.at(-1);
  const firstText = first ? cellText(first) : "";
  if (first?.cell_type !== "markdown" || !/Objectifs/i.test(firstText)) {
    problems.push(`${name}: the first cell must be markdown and state the objectives ("Objectifs")`);
  }
  if (!/Prérequis/i.test(firstText))
    problems.push(`${name}: the first cell must state the prerequisites ("Prérequis")`);
  if (!/Durée/i.test(firstText)) problems.push(`${name}: the first cell must state the duration ("Durée")`);
  if (last?.cell_type !== "markdown" || !/^#+\s*À retenir/m.test(cellText(last))) {
    problems.push(`${name}: the last cell must be a markdown cell titled "À retenir"`);
  }
  if (!cells.some((cell) => hasTag(cell, "solution"))) {
    problems.push(`${name}: no exercise solution (a code cell tagged "solution")`);
  }
}

function navigationCell(names, index, titles) {
  const parts = [];
  if (index > 0) parts.push(`[← ${titles[index - 1]}](${names[index - 1]})`);
  parts.push("[Sommaire](README.md)");
  if (index < names.length - 1) parts.push(`[${titles[index + 1]} →](${names[index + 1]})`);
  return {
    cell_type: "markdown",
    id: "navigation",
    metadata: { tags: ["navigation"] },
    source: toSourceLines(`---\n${parts.join(" · ")}`),
  };
}

function writeIfChanged(path, content) {
  const current = existsSync(path) ? readFileSync(path, "utf8") : undefined;
  if (current === content) return;
  changed.push(path);
  if (!check) writeFileSync(path, content);
}

if (!check) mkdirSync(exercisesDir, { recursive: true });
const names = courseNotebooks();
const notebooks = names.map((name) => readNotebook(join(notebooksDir, name)));
const titles = notebooks.map((notebook, index) => titleOf(notebook, names[index]));

notebooks.forEach((notebook, index) => {
  const name = names[index];
  checkStructure(name, notebook);
  const withNavigation = {
    ...notebook,
    cells: [
      ...notebook.cells.filter((cell) => !hasTag(cell, "navigation")),
      navigationCell(names, index, titles),
    ],
  };
  writeIfChanged(join(notebooksDir, name), serialiseNotebook(withNavigation));

  const exercise = {
    ...withNavigation,
    cells: withNavigation.cells.map((cell) =>
      hasTag(cell, "solution")
        ? {
            ...cell,
            metadata: {
              ...cell.metadata,
              tags: cell.metadata.tags.map((tag) => (tag === "solution" ? "exercise" : tag)),
            },
            source: toSourceLines("// À vous de jouer : écrivez votre solution ici.\n"),
          }
        : cell.cell_type === "markdown" && hasTag(cell, "navigation")
          ? {
              ...cell,
              source: toSourceLines(
                cellText(cell)
                  .replace(/\]\((\d\d-[^)]+\.ipynb)\)/g, "](../$1)")
                  .replace("](README.md)", "](../README.md)"),
              ),
            }
          : cell,
    ),
  };
  writeIfChanged(join(exercisesDir, name), serialiseNotebook(exercise));
});

if (!check && existsSync(exercisesDir)) {
  for (const stale of readdirSync(exercisesDir).filter(
    (file) => file.endsWith(".ipynb") && !names.includes(file),
  )) {
    rmSync(join(exercisesDir, stale));
  }
}

const rows = names.map(
  (name, index) =>
    `| [${titles[index]}](${name}) | ${durationOf(notebooks[index])} | [exercice](exercices/${name}) |`,
);
writeIfChanged(
  join(notebooksDir, "README.md"),
  `# Sommaire du cours

Carnets du cours « culture des données » d'Oraccle, à suivre dans l'ordre. Chaque carnet existe en
deux versions : la version complète (avec les solutions) et une version **exercice** où les
solutions sont à écrire. Ce fichier est généré par \`node scripts/build-course.mjs\`.

| Carnet | Durée | Version exercice |
|---|---|---|
${rows.join("\n")}
`,
);

if (problems.length > 0) {
  console.error(`build-course: ${problems.length} problem(s):\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
if (check && changed.length > 0) {
  console.error(
    `build-course --check: out of date:\n  ${changed.join("\n  ")}\nRun 'node scripts/build-course.mjs' and commit.`,
  );
  process.exit(1);
}
console.log(
  `build-course: ${names.length} notebook(s) ${check ? "checked" : `built (${changed.length} file(s) updated)`}`,
);
