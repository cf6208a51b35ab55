import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const lock = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8")) as {
  packages: Record<string, { version?: string; name?: string; resolved?: string; dev?: boolean }>;
};

describe("dependency hygiene", () => {
  it("keeps SheetJS overridden: no xlsx 0.18.x (prototype pollution, ReDoS) anywhere in the lockfile", () => {
    expect(manifest.overrides.xlsx).toBe("npm:@e965/xlsx@0.20.3");
    const sheets = Object.entries(lock.packages).filter(([path]) => /(^|\/)xlsx$/.test(path));
    expect(sheets.length).toBeGreaterThan(0);
    for (const [path, entry] of sheets) {
      expect(entry.name, path).toBe("@e965/xlsx");
      expect(entry.version, path).toBe("0.20.3");
    }
  });

  it("never installs tfjs-node, whose install script downloads a binary (offline installs must work)", () => {
    for (const [path, entry] of Object.entries(lock.packages)) {
      if (path.endsWith("@tensorflow/tfjs-node")) expect(entry.name, path).toBe("@tensorflow/tfjs");
    }
  });

  it("pins every direct dependency to an exact version", () => {
    const all = { ...manifest.dependencies, ...manifest.devDependencies, ...manifest.optionalDependencies };
    for (const [name, range] of Object.entries(all)) expect(range, name).toMatch(/^\d+\.\d+\.\d+(-[\w.]+)?$/);
  });

  it("resolves every package from the npm registry (no git or tarball URL that an offline bundle would miss)", () => {
    for (const [path, entry] of Object.entries(lock.packages)) {
      if (entry.resolved) expect(entry.resolved, path).toMatch(/^https:\/\/registry\.npmjs\.org\//);
    }
  });
});
