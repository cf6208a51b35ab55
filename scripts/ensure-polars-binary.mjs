#!/usr/bin/env node
// nodejs-polars ships its native code in one package per platform, listed as optional
// dependencies. Those packages declare engines.node >= 22 although they run on Node 20.19+,
// and npm silently skips an optional dependency whose engines do not match. This step checks
// that polars loads and, if this platform's binary was skipped, installs exactly the version
// pinned in package.json (engines check bypassed for that one package only).
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));

function polarsLoads() {
  try {
    require("nodejs-polars");
    return true;
  } catch (error) {
    return error;
  }
}

function platformPackage() {
  const { platform, arch } = process;
  if (platform === "linux") {
    const glibc = process.report?.getReport?.().header?.glibcVersionRuntime;
    return `nodejs-polars-linux-${arch}-${glibc ? "gnu" : "musl"}`;
  }
  if (platform === "win32") return `nodejs-polars-win32-${arch}-msvc`;
  return `nodejs-polars-${platform}-${arch}`;
}

const first = polarsLoads();
if (first !== true) {
  const name = platformPackage();
  const version = manifest.optionalDependencies?.[name] ?? manifest.dependencies["nodejs-polars"];
  console.log(
    `nodejs-polars: native binary missing, installing ${name}@${version} (its engines field asks for Node 22; it runs on 20.19+)`,
  );
  // `npm install` would consider the optional dependency satisfied by the lockfile and do
  // nothing, so fetch the exact tarball (from npm's cache when offline) and unpack it in place.
  const scratch = mkdtempSync(join(tmpdir(), "polars-binary-"));
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const tarball = execFileSync(
    npm,
    ["pack", `${name}@${version}`, "--silent", "--pack-destination", scratch],
    {
      encoding: "utf8",
      shell: process.platform === "win32",
    },
  ).trim();
  const target = fileURLToPath(new URL(`../node_modules/${name}`, import.meta.url));
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  execFileSync("tar", ["-xzf", join(scratch, tarball), "-C", target, "--strip-components=1"], {
    stdio: "inherit",
  });
  rmSync(scratch, { recursive: true, force: true });
  // A fresh process: this one's module cache remembers the failed load.
  try {
    execFileSync(process.execPath, ["-e", "require('nodejs-polars')"], { stdio: "pipe" });
  } catch (error) {
    console.error(`nodejs-polars still fails to load after installing ${name}:\n${error.stderr}`);
    process.exit(1);
  }
}
console.log("nodejs-polars: native binary OK");
