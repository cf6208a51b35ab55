// Shared helpers of the notebook scripts: list the course notebooks, read and write them in
// Jupyter's own JSON layout (one-space indent, sorted keys as nbformat writes them).
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("..", import.meta.url));
// ORACCLE_NOTEBOOKS_DIR lets the tests run these scripts on a scratch folder.
export const notebooksDir = process.env.ORACCLE_NOTEBOOKS_DIR ?? join(root, "notebooks");
export const exercisesDir = join(notebooksDir, "exercices");

/** Course notebooks `NN-name.ipynb`, sorted. */
export function courseNotebooks() {
  return readdirSync(notebooksDir)
    .filter((name) => /^\d\d-.*\.ipynb$/.test(name))
    .sort();
}

export function readNotebook(path) {
  return JSON.parse(readFileSync(path, "utf8"));
}

function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys(value[key])]),
    );
  }
  return value;
}

export function serialiseNotebook(notebook) {
  return `${JSON.stringify(sortKeys(notebook), null, 1)}\n`;
}

export function writeNotebook(path, notebook) {
  writeFileSync(path, serialiseNotebook(notebook));
}

export function cellText(cell) {
  return Array.isArray(cell.source) ? cell.source.join("") : cell.source;
}

export function toSourceLines(text) {
  const lines = text.split("\n");
  return lines
    .map((line, index) => (index < lines.length - 1 ? `${line}\n` : line))
    .filter((line) => line !== "");
}

export function hasTag(cell, tag) {
  return Array.isArray(cell.metadata?.tags) && cell.metadata.tags.includes(tag);
}
