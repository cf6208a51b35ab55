#!/usr/bin/env node
// Executes the course notebooks with the tslab kernel through Jupyter's executor (nbclient):
// every solution notebook and every exercise copy (notebooks/exercices/, where unfilled
// scaffolds are reported, not failed — see execute_notebooks.py). Writes executed copies, an
// offline HTML site and the timings (out/notebook-timings.json) into out/ (git-ignored), never
// touching the sources. A failure names the notebook, the cell and the message.
//
// Usage: node scripts/run-notebooks.mjs [--solutions | --exercices] [notebooks/NN-name.ipynb ...]
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { NOT_YET_MIGRATED } from "./course-checks.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const jupyterDir = join(root, ".jupyter");
// ORACCLE_OUT_DIR lets the tests execute a scratch notebook without touching out/.
const outDir = process.env.ORACCLE_OUT_DIR ?? join(root, "out");

const setup = spawnSync(process.execPath, [join(root, "scripts", "setup-jupyter.mjs"), "--quiet"], {
  stdio: "inherit",
});
if (setup.status !== 0) process.exit(setup.status ?? 1);
if (!existsSync(join(root, "dist", "index.js"))) {
  console.error("run-notebooks: dist/ is missing: run 'npm run build' first.");
  process.exit(1);
}

const args = process.argv.slice(2);
const requested = args.filter((arg) => !arg.startsWith("--"));
const only = args.includes("--solutions") ? "solutions" : args.includes("--exercices") ? "exercices" : "all";
const listed = (dir) =>
  existsSync(join(root, dir))
    ? readdirSync(join(root, dir))
        .filter((name) => /^\d\d-.*\.ipynb$/.test(name))
        .sort()
        .map((name) => join(dir, name))
    : [];
const notebooks =
  requested.length > 0
    ? requested
    : [
        ...(only === "exercices" ? [] : listed("notebooks")),
        // The copies of notebooks still in their first version are not runnable yet (course-checks.mjs).
        ...(only === "solutions"
          ? []
          : listed(join("notebooks", "exercices")).filter((path) => !NOT_YET_MIGRATED.has(basename(path)))),
      ];
if (notebooks.length === 0) {
  console.error("run-notebooks: no notebook found in notebooks/");
  process.exit(1);
}

const python = readFileSync(join(jupyterDir, "python"), "utf8").trim();
const started = Date.now();
const result = spawnSync(
  python,
  [
    join(root, "scripts", "execute_notebooks.py"),
    outDir,
    ...notebooks.map((path) => relative(root, resolve(root, path))),
  ],
  {
    stdio: "inherit",
    cwd: root,
    env: { ...process.env, JUPYTER_PATH: jupyterDir, PYDEVD_DISABLE_FILE_VALIDATION: "1" },
  },
);
if (result.status !== 0) {
  console.error("run-notebooks: some notebooks failed (see above).");
  process.exit(result.status ?? 1);
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(
  `run-notebooks: ${notebooks.length} notebook(s) executed in ${seconds} s; HTML in ${relative(root, join(outDir, "site"))}/`,
);
