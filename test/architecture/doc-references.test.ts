import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const FOLDERS = ["src", "docs", "scripts", "bench", "notebooks", "test"];
const TOP = ["README.md", "CONTRIBUTING.md"];

function textFiles(): string[] {
  const files = TOP.map((f) => join(root, f));
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "fixtures" && entry.name !== "node_modules") walk(path);
      } else if (/\.(ts|mjs|js|md|ipynb)$/.test(entry.name)) files.push(path);
    }
  };
  for (const folder of FOLDERS) if (existsSync(join(root, folder))) walk(join(root, folder));
  return files.filter((f) => f !== join(root, "test", "architecture", "doc-references.test.ts"));
}

describe("references in code and docs", () => {
  const files = textFiles().map((path) => ({ path: relative(root, path), text: readFileSync(path, "utf8") }));

  it("cite no file outside the repository (shared/domain briefs) and no issue number", () => {
    const found = files.flatMap(({ path, text }) =>
      [...text.matchAll(/shared\/domain|\b[a-z-]+\.md §\d|issues? #\d+/g)]
        .map((m) => `${path}: ${m[0]}`)
        .filter(
          (hit) =>
            !/docs\/[a-z-]+\.md §\d/.test(hit) &&
            !hit.includes(": definitions.md §") &&
            !hit.includes(": sources.md §"),
        ),
    );
    expect(found).toEqual([]);
  });

  it("cite docs/<page>.md §N only where the page exists and has a section N", () => {
    const broken: string[] = [];
    let cited = 0;
    for (const { path, text } of files) {
      for (const m of text.matchAll(/docs\/([a-z-]+\.md) §(\d+)/g)) {
        cited++;
        const page = join(root, "docs", m[1] as string);
        const heading = new RegExp(`^## ${m[2]}\\. `, "m");
        if (!existsSync(page) || !heading.test(readFileSync(page, "utf8"))) broken.push(`${path}: ${m[0]}`);
      }
    }
    expect(cited).toBeGreaterThan(30);
    expect(broken).toEqual([]);
  });
});
