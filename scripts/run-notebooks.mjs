#!/usr/bin/env node
// Executes the course notebooks with the tslab kernel through Jupyter's executor (nbclient),
// writes executed copies and an offline HTML site into out/ (git-ignored), never touching the
// sources. Stops at the first error, naming the notebook, the cell and the message.
//
// Usage: node scripts/run-notebooks.mjs [notebooks/NN-name.ipynb ...]
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

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

const requested = process.argv.slice(2);
const notebooks =
  requested.length > 0
    ? requested
    : readdirSync(join(root, "notebooks"))
        .filter((name) => /^\d\d-.*\.ipynb$/.test(name))
        .sort()
        .map((name) => join("notebooks", name));
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
  console.error("run-notebooks: stopped at the first failing notebook (see above).");
  process.exit(result.status ?? 1);
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(
  `run-notebooks: ${notebooks.length} notebook(s) executed in ${seconds} s; HTML in ${relative(root, join(outDir, "site"))}/`,
);
