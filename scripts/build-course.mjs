#!/usr/bin/env node
// Course tooling over the source notebooks:
// - checks each notebook (course-checks.mjs): objectives, prerequisites, duration and track in the
//   first cell, a glossary link, "À retenir" last, exercises with scaffolds, a QCM, short cells;
// - maintains a navigation cell (previous / index / next / the other version) at the end of each;
// - generates the exercise copies in notebooks/exercices/: each cell tagged "solution" becomes its
//   scaffold (`metadata.scaffold`, with `/* à compléter */`), relative links are rewritten so that
//   they work from the copies' folder, and the navigation goes from copy to copy;
// - generates the index notebooks/README.md (the two tracks, the licence).
// `--check` changes nothing and fails when something is missing or out of date (CI).
//
// Usage: node scripts/build-course.mjs [--check]
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { checkNotebook, durationMinutes, firstCellField, TRACKS } from "./course-checks.mjs";
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

function navigationCell(names, index, titles, copy) {
  const parts = [];
  if (index > 0) parts.push(`[← ${titles[index - 1]}](${names[index - 1]})`);
  parts.push(copy ? "[Sommaire](../README.md)" : "[Sommaire](README.md)");
  if (index < names.length - 1) parts.push(`[${titles[index + 1]} →](${names[index + 1]})`);
  parts.push(
    copy
      ? `[Version avec les solutions](../${names[index]})`
      : `[Version exercice](exercices/${names[index]})`,
  );
  return {
    cell_type: "markdown",
    id: "navigation",
    metadata: { tags: ["navigation"] },
    source: toSourceLines(`---\n${parts.join(" · ")}`),
  };
}

// From notebooks/exercices/, a sibling notebook stays a sibling (the copies link to each other);
// every other relative target (README.md, images/, ../docs/…) is one folder further up.
const SIBLING_NOTEBOOK = /^\d\d-[^/]*\.ipynb(#.*)?$/;
function relinkForCopy(text) {
  const relink = (target) =>
    /^([a-z]+:|#|\/)/i.test(target) || SIBLING_NOTEBOOK.test(target) ? target : `../${target}`;
  return text
    .replace(/\]\(([^)\s]+)\)/g, (_, target) => `](${relink(target)})`)
    .replace(/(src|href)="([^"]+)"/g, (_, attribute, target) => `${attribute}="${relink(target)}"`);
}

function exerciseCell(cell) {
  if (hasTag(cell, "solution")) {
    const { scaffold, ...metadata } = cell.metadata;
    return {
      ...cell,
      metadata: {
        ...metadata,
        tags: cell.metadata.tags.map((tag) => (tag === "solution" ? "exercise" : tag)),
      },
      source: toSourceLines(
        typeof scaffold === "string" ? scaffold : "// À vous de jouer : écrivez votre solution ici.\n",
      ),
    };
  }
  if (cell.cell_type === "markdown") return { ...cell, source: toSourceLines(relinkForCopy(cellText(cell))) };
  return cell;
}

function writeIfChanged(path, content) {
  const current = existsSync(path) ? readFileSync(path, "utf8") : undefined;
  if (current === content) return;
  changed.push(path);
  if (!check) writeFileSync(path, content);
}

function hoursAndMinutes(minutes) {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h === 0 ? `${m} min` : `${h} h ${String(m).padStart(2, "0")}`;
}

function indexPage(names, notebooks, titles) {
  const links = [
    ["Glossaire", "../docs/glossaire.md", " (cohorte, trace, devenir, flux, secret primaire et secondaire…)"],
    ["Dictionnaire des fichiers publiés", "../docs/dictionnaire-des-fichiers.md", ""],
    ["Guide du formateur", "guide-formateur.md", " (minutage, pauses, erreurs fréquentes, activités)"],
  ]
    .filter(([, target]) => existsSync(join(notebooksDir, target)))
    .map(([label, target, note]) => `- [${label}](${target})${note}`);
  const row = (index) => {
    const name = names[index];
    const duration = firstCellField(notebooks[index], "Durée");
    return `| [${titles[index]}](${name}) | ${duration} | [exercices](exercices/${name}) |`;
  };
  const sections = TRACKS.map((track) => {
    const members = names
      .map((_, index) => index)
      .filter((index) => track.pattern.test(firstCellField(notebooks[index], "Parcours")));
    const total = members.reduce((sum, index) => sum + durationMinutes(notebooks[index]), 0);
    return `## Parcours « ${track.name} » — ${hoursAndMinutes(total)} de carnets

${track.audience}

| Carnet | Durée | Version exercice |
|---|---|---|
${members.map(row).join("\n")}
`;
  });
  return `# Sommaire du cours

Carnets du cours « culture des données » d'Oraccle. Chaque carnet existe en deux versions : la
version complète (avec les solutions) et une version **exercice** (dossier \`exercices/\`) où les
solutions sont à écrire à la place des \`/* à compléter */\` ; une cellule \`verifier(...)\` dit
alors si la réponse est juste. Deux parcours, pour deux publics ; les durées, les pauses et le
découpage en demi-journées sont dans le [guide du formateur](guide-formateur.md).

${links.join("\n")}

${sections.join("\n")}
## Licence

Les supports du cours (carnets, textes, schémas, guide du formateur) sont publiés sous licence
[Creative Commons Attribution 4.0 International (CC BY 4.0)](LICENCE.md) : vous pouvez les
réutiliser et les adapter, y compris pour vos propres formations, en citant « Cours Oraccle —
culture des données (UNIF) ». Le code de la boîte à outils reste sous licence MIT.

Ce fichier est généré par \`node scripts/build-course.mjs\`.
`;
}

if (!check) mkdirSync(exercisesDir, { recursive: true });
const names = courseNotebooks();
const notebooks = names.map((name) => readNotebook(join(notebooksDir, name)));
const titles = notebooks.map((notebook, index) => titleOf(notebook, names[index]));

notebooks.forEach((notebook, index) => {
  const name = names[index];
  problems.push(...checkNotebook(name, notebook));
  const content = notebook.cells.filter((cell) => !hasTag(cell, "navigation"));
  const withNavigation = { ...notebook, cells: [...content, navigationCell(names, index, titles, false)] };
  writeIfChanged(join(notebooksDir, name), serialiseNotebook(withNavigation));
  const exercise = {
    ...notebook,
    cells: [...content.map(exerciseCell), navigationCell(names, index, titles, true)],
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

writeIfChanged(join(notebooksDir, "README.md"), indexPage(names, notebooks, titles));

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
