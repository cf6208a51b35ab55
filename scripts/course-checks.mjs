// The rules every course notebook follows (run by build-course.mjs, so by `npm test`):
// the first cell states objectives, prerequisites, duration and track and links the glossary;
// the last cell is "À retenir"; exercises (cells tagged "solution") are spread through the
// notebook, each with a scaffold holding `/* à compléter */` and a check (`verifier(`); a QCM
// with its answers in <details>; no code cell longer than MAX_CODE_LINES.
import { cellText, hasTag } from "./notebook-files.mjs";

/** Longest code cell a learner reads, in lines. */
export const MAX_CODE_LINES = 25;
/** Fewest exercises per notebook. */
export const MIN_EXERCISES = 3;
/**
 * Notebooks still in their first version while the course moves to v2: they are
 * held only to the rules of the first cell, the glossary link and "À retenir". Empty when done.
 */
export const NOT_YET_MIGRATED = new Set([]);

/** The two tracks; a notebook names the ones it belongs to in its first cell ("Parcours"). */
export const TRACKS = [
  {
    name: "Culture des données",
    pattern: /Culture des données/i,
    audience:
      "Pour tous les personnels (scolarité, pilotage, orientation, communication) : ce qu'est une donnée, les données ouvertes, lire les fichiers publiés, le secret statistique, la visualisation, les personas. On exécute les cellules et on change des paramètres ; on n'écrit presque pas de code.",
  },
  {
    name: "Analyste CASD",
    pattern: /Analyste CASD/i,
    audience:
      "Pour les chargés d'études qui travaillent sur SISE dans le CASD : tableaux de données, SISE, parcours, séquences, indicateurs de cohorte, secret statistique et publication. On écrit du code (TypeScript, nodejs-polars).",
  },
];

/** The text after "**Champ** :" in the first cell ("Durée", "Parcours"), up to the end of the line. */
export function firstCellField(notebook, field) {
  const first = notebook.cells[0];
  const text = first ? cellText(first) : "";
  const match = new RegExp(`\\*\\*${field}\\*\\*\\s*:\\s*([^\\n]+)`).exec(text);
  return match
    ? match[1]
        .replace(/\*/g, "")
        .replace(/\.\s*$/, "")
        .trim()
    : "";
}

/** The duration of a notebook in minutes ("1 h 10", "45 minutes"). */
export function durationMinutes(notebook) {
  const text = firstCellField(notebook, "Durée");
  const hours = /(\d+)\s*h/.exec(text);
  const minutes = /(\d+)\s*min/.exec(text) ?? /h\s*(\d+)/.exec(text);
  return (hours ? Number(hours[1]) * 60 : 0) + (minutes ? Number(minutes[1]) : 0);
}

function codeLines(cell) {
  return cellText(cell).replace(/\s+$/, "").split("\n").length;
}

/** The problems of one notebook, as sentences naming it (empty when it follows every rule). */
export function checkNotebook(name, notebook) {
  const problems = [];
  const cells = notebook.cells.filter((cell) => !hasTag(cell, "navigation"));
  const first = cells[0];
  const last = cells.at(-1);
  const firstText = first ? cellText(first) : "";
  if (first?.cell_type !== "markdown" || !/Objectifs/i.test(firstText)) {
    problems.push(`${name}: the first cell must be markdown and state the objectives ("Objectifs")`);
  }
  for (const field of ["Prérequis", "Durée", "Parcours"]) {
    if (!firstCellField(notebook, field))
      problems.push(`${name}: the first cell must state "**${field}** : …"`);
  }
  if (durationMinutes(notebook) === 0 && /Durée/i.test(firstText)) {
    problems.push(`${name}: the duration must be written in minutes or hours ("Durée : 30 minutes")`);
  }
  if (!/\]\([^)]*glossaire\.md[^)]*\)/.test(firstText)) {
    problems.push(`${name}: the first cell must link the glossary (../docs/glossaire.md)`);
  }
  if (last?.cell_type !== "markdown" || !/^#+\s*À retenir/m.test(cellText(last))) {
    problems.push(`${name}: the last cell must be a markdown cell titled "À retenir"`);
  }
  if (NOT_YET_MIGRATED.has(name)) return problems;
  cells.forEach((cell, index) => {
    if (cell.cell_type === "code" && codeLines(cell) > MAX_CODE_LINES) {
      problems.push(
        `${name}: cell ${index + 1} has ${codeLines(cell)} lines of code (at most ${MAX_CODE_LINES})`,
      );
    }
    const scaffold = cell.metadata?.scaffold;
    if (hasTag(cell, "solution") && (typeof scaffold !== "string" || !scaffold.includes("à compléter"))) {
      problems.push(
        `${name}: solution cell ${index + 1} needs a scaffold (metadata.scaffold with "/* à compléter */")`,
      );
    }
    if (
      hasTag(cell, "solution") &&
      typeof scaffold === "string" &&
      codeLines({ source: scaffold }) > MAX_CODE_LINES
    ) {
      problems.push(`${name}: the scaffold of cell ${index + 1} is longer than ${MAX_CODE_LINES} lines`);
    }
  });
  const solutions = cells.map((cell, index) => (hasTag(cell, "solution") ? index : -1)).filter((i) => i >= 0);
  if (solutions.length < MIN_EXERCISES) {
    problems.push(
      `${name}: ${solutions.length} exercise(s), at least ${MIN_EXERCISES} (code cells tagged "solution")`,
    );
  } else if (solutions[0] > cells.length / 2) {
    problems.push(`${name}: the exercises must be spread through the notebook, not all in its second half`);
  }
  const checks = cells.filter(
    (cell) => cell.cell_type === "code" && !hasTag(cell, "solution") && /\bverifier\(/.test(cellText(cell)),
  ).length;
  if (checks < solutions.length) {
    problems.push(
      `${name}: ${solutions.length} exercise(s) but ${checks} check(s): each exercise ends with verifier(...)`,
    );
  }
  if (
    !cells.some(
      (cell) =>
        cell.cell_type === "markdown" && /QCM/.test(cellText(cell)) && /<details>/.test(cellText(cell)),
    )
  ) {
    problems.push(`${name}: no QCM (a markdown cell "QCM" with the answers in <details>)`);
  }
  return problems;
}
