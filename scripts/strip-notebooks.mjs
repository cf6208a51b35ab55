#!/usr/bin/env node
// Strips outputs and execution counts from the course notebooks (git keeps sources only) and
// gives every cell a stable id. `--check` changes nothing and fails if a notebook is not stripped.
//
// Usage: node scripts/strip-notebooks.mjs [--check]
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  courseNotebooks,
  exercisesDir,
  notebooksDir,
  serialiseNotebook,
  writeNotebook,
} from "./notebook-files.mjs";

const check = process.argv.includes("--check");

export function stripNotebook(notebook) {
  const seen = new Set();
  notebook.nbformat = 4;
  notebook.nbformat_minor = 5;
  notebook.cells = notebook.cells.map((cell, index) => {
    const stripped = { ...cell, metadata: { ...cell.metadata } };
    delete stripped.metadata.execution;
    delete stripped.metadata.collapsed;
    delete stripped.metadata.scrolled;
    if (stripped.cell_type === "code") {
      stripped.outputs = [];
      stripped.execution_count = null;
    }
    let id = typeof cell.id === "string" && /^[a-zA-Z0-9-_]{1,64}$/.test(cell.id) ? cell.id : `cell-${index}`;
    while (seen.has(id)) id = `${id}-${index}`;
    seen.add(id);
    stripped.id = id;
    return stripped;
  });
  return notebook;
}

const paths = courseNotebooks().map((name) => join(notebooksDir, name));
if (existsSync(exercisesDir)) {
  for (const name of readdirSync(exercisesDir)
    .filter((file) => file.endsWith(".ipynb"))
    .sort()) {
    paths.push(join(exercisesDir, name));
  }
}
const dirty = [];
for (const path of paths) {
  const original = readFileSync(path, "utf8");
  const stripped = serialiseNotebook(stripNotebook(JSON.parse(original)));
  if (stripped !== original) {
    dirty.push(path);
    if (!check) writeNotebook(path, JSON.parse(stripped));
  }
}
if (check && dirty.length > 0) {
  console.error(
    `notebooks:check: ${dirty.length} notebook(s) carry outputs or unstable metadata:\n  ${dirty.join("\n  ")}\nRun 'npm run notebooks:strip' and commit.`,
  );
  process.exit(1);
}
console.log(
  check ? `notebooks:check: ${paths.length} notebook(s) stripped` : `stripped ${dirty.length} notebook(s)`,
);
