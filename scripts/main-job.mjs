#!/usr/bin/env node
// The main job, run by `npm start` after `npm ci`: makes sure Jupyter and the tslab kernel are
// ready, publishes the open dataset from the embedded synthetic SISE and BPBAC extracts, then executes every
// course notebook and builds the offline HTML site. Everything it writes goes to out/.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const cli = join(root, "dist", "cli", "main.js");

const steps = [
  ["Jupyter and the tslab kernel", [join(root, "scripts", "setup-jupyter.mjs")]],
  [
    "Validate the embedded SISE extract",
    [cli, "validate", "--input", "data/sise", "--report", "out/validation-report.json"],
  ],
  [
    "Publish the open dataset",
    // The producer's edition: SISE and the lycée post-bac classes of BPBAC (BTS, CPGE…).
    [
      cli,
      "publish",
      "--input",
      "data/sise",
      "--bpbac",
      "data/bpbac",
      "--out",
      "out/open-data",
      "--overwrite",
    ],
  ],
  ["Execute the course notebooks and build the HTML site", [join(root, "scripts", "run-notebooks.mjs")]],
];

// A fresh clone has no out/ yet: the steps write their reports there.
mkdirSync(join(root, "out"), { recursive: true });
rmSync(join(root, "out", "open-data"), { recursive: true, force: true });
for (const [title, args] of steps) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(process.execPath, args, { stdio: "inherit", cwd: root });
  if (result.status !== 0) {
    console.error(`\n✖ ${title} failed (exit code ${result.status}).`);
    process.exit(result.status ?? 1);
  }
}
console.log(`
✔ Done.
  Open dataset:   out/open-data/ (rapport.html, README.md, datapackage.json, CSV files)
  Course site:    out/site/index.html
  Executed notebooks: out/notebooks/`);
