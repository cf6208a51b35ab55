#!/usr/bin/env node
// Makes sure Jupyter's executor (nbclient + nbconvert) is available and registers the tslab
// kernel INSIDE the project (.jupyter/kernels/tslab), with absolute paths, so nothing outside the
// project changes. `--user` also registers it in the user's Jupyter data folder, for JupyterLab
// and VS Code.
//
// Usage: node scripts/setup-jupyter.mjs [--user] [--no-install] [--quiet]
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const jupyterDir = join(root, ".jupyter");
const args = new Set(process.argv.slice(2));
const quiet = args.has("--quiet");
const log = (message) => {
  if (!quiet) console.log(`setup-jupyter: ${message}`);
};

const REQUIRED_MODULES = "nbclient, nbconvert, nbformat, jupyter_client";
const PROBE = `import ${REQUIRED_MODULES}; import sys; print(sys.executable)`;

function probe(python) {
  const result = spawnSync(python, ["-c", PROBE], { encoding: "utf8", timeout: 60_000 });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

function findPython() {
  const candidates = [
    process.env.ORACCLE_PYTHON,
    process.env.CONDA_PREFIX && join(process.env.CONDA_PREFIX, "bin", "python"),
    join(jupyterDir, "conda-env", "bin", "python"),
    "python3",
    "/usr/bin/python3",
    "python",
  ].filter(Boolean);
  for (const candidate of candidates) {
    const found = probe(candidate);
    if (found) return found;
  }
  return undefined;
}

function commandExists(command) {
  return spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
}

function run(command, commandArgs, timeoutMs) {
  log(`running: ${command} ${commandArgs.join(" ")}`);
  const result = spawnSync(command, commandArgs, { stdio: quiet ? "ignore" : "inherit", timeout: timeoutMs });
  return result.status === 0;
}

// Each installer uses something the machine already offers; the first that works wins.
const installers = [
  {
    name: "conda (environment.yml)",
    available: () => commandExists("conda") || commandExists("mamba"),
    install: () =>
      run(
        commandExists("mamba") ? "mamba" : "conda",
        ["env", "create", "--yes", "-p", join(jupyterDir, "conda-env"), "-f", join(root, "environment.yml")],
        30 * 60_000,
      ),
  },
  {
    name: "pip (user site)",
    available: () => commandExists("python3"),
    install: () =>
      run(
        "python3",
        [
          "-m",
          "pip",
          "install",
          "--user",
          "--disable-pip-version-check",
          "--timeout",
          "15",
          "nbclient",
          "nbconvert",
          "nbformat",
          "jupyter_client",
        ],
        5 * 60_000,
      ),
  },
  {
    name: "Debian packages (apt-get, as root)",
    available: () => process.getuid?.() === 0 && commandExists("apt-get"),
    install: () =>
      run(
        "sh",
        [
          "-c",
          "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq jupyter-nbconvert python3-nbclient",
        ],
        20 * 60_000,
      ),
  },
];

let python = findPython();
if (!python && !args.has("--no-install")) {
  for (const installer of installers) {
    if (!installer.available()) continue;
    log(`Jupyter's executor not found; trying ${installer.name}`);
    if (installer.install()) python = findPython();
    if (python) break;
  }
}
if (!python) {
  console.error(`setup-jupyter: Jupyter (nbclient + nbconvert) is not installed and could not be installed automatically.
Install ONE of the following, then run this command again:
  - Debian/Ubuntu:  sudo apt-get install jupyter-nbconvert python3-nbclient
  - conda:          conda env create -f environment.yml && conda activate oraccle-opendata
  - pip:            python3 -m pip install --user nbclient nbconvert
Or point ORACCLE_PYTHON to a Python that can 'import ${REQUIRED_MODULES}'.`);
  process.exit(1);
}
log(`Jupyter executor: ${python}`);

const tslab = join(root, "node_modules", "tslab", "bin", "tslab");
if (!existsSync(tslab)) {
  console.error("setup-jupyter: node_modules/tslab is missing: run 'npm ci' first.");
  process.exit(1);
}
const kernelSpec = {
  argv: [process.execPath, tslab, "kernel", "--config-path", "{connection_file}"],
  display_name: "TypeScript (oraccle)",
  language: "typescript",
  env: { NODE_OPTIONS: "--max-old-space-size=8192" },
};
const kernelDir = join(jupyterDir, "kernels", "tslab");
mkdirSync(kernelDir, { recursive: true });
writeFileSync(join(kernelDir, "kernel.json"), `${JSON.stringify(kernelSpec, null, 2)}\n`);
writeFileSync(join(jupyterDir, "python"), `${python}\n`);
log(`kernel 'tslab' registered in ${kernelDir} (used through JUPYTER_PATH=${jupyterDir})`);

if (args.has("--user")) {
  const dataDir = execFileSync(
    python,
    ["-c", "from jupyter_core.paths import jupyter_data_dir; print(jupyter_data_dir())"],
    {
      encoding: "utf8",
    },
  ).trim();
  const userKernelDir = join(dataDir, "kernels", "tslab");
  mkdirSync(userKernelDir, { recursive: true });
  writeFileSync(join(userKernelDir, "kernel.json"), `${JSON.stringify(kernelSpec, null, 2)}\n`);
  log(`kernel also registered for the user in ${userKernelDir}`);
}
