// Generates (or finds cached) benchmark extracts without timing anything:
//   node bench/generate.mjs --sizes 1,10,100
// run.mjs calls the same code; this script lets the slow national generation run ahead of time.
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureDataset } from "./lib/dataset.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const toolkit = await import(resolve(root, "dist/index.js"));
const arg = process.argv.indexOf("--sizes");
const sizes = (arg > 0 ? process.argv[arg + 1] : "1,10,100").split(",").map(Number);
for (const percent of sizes) {
  const info = await ensureDataset(toolkit, root, percent);
  console.log(JSON.stringify(info));
}
