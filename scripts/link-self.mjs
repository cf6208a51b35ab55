#!/usr/bin/env node
// Notebooks import the toolkit by its package name (`import … from "oraccle-opendata"`), as a
// user would. tslab resolves modules the Node10 way, which ignores a package's self-reference,
// so we link node_modules/oraccle-opendata to the project root: `main`/`types` point into dist/.
import { lstatSync, rmSync, symlinkSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const link = fileURLToPath(new URL("../node_modules/oraccle-opendata", import.meta.url));
try {
  lstatSync(link);
  rmSync(link, { recursive: true, force: true });
} catch {}
symlinkSync(root, link, process.platform === "win32" ? "junction" : "dir");
console.log("linked node_modules/oraccle-opendata -> project root");
