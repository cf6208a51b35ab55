import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain ES module script, without types.
import { apiReport, entryPoints, REPORT_PATH, reportDifference } from "../../scripts/api-report.mjs";

const root = join(import.meta.dirname, "..", "..");

/** Names a notebook imports from the package root: `import { a, b } from "oraccle-opendata"`. */
function notebookImports(path: string): string[] {
  const notebook = JSON.parse(readFileSync(path, "utf8")) as {
    cells: { cell_type: string; source: string | string[] }[];
  };
  const code = notebook.cells
    .filter((c) => c.cell_type === "code")
    .map((c) => (Array.isArray(c.source) ? c.source.join("") : c.source))
    .join("\n");
  const names: string[] = [];
  for (const match of code.matchAll(/import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*["']oraccle-opendata["']/g)) {
    for (const part of (match[1] as string).split(",")) {
      const name = part
        .trim()
        .replace(/^type\s+/, "")
        .split(/\s+as\s+/)[0];
      if (name) names.push(name);
    }
  }
  return names;
}

describe("scripts/api-report.mjs", () => {
  const report = apiReport() as string;

  it("apiReport() equals docs/api-report.md: the public API changes only on purpose (regenerate with node scripts/api-report.mjs)", () => {
    const current = readFileSync(REPORT_PATH, "utf8");
    expect(reportDifference(current, report)).toEqual({ added: [], removed: [] });
    expect(report).toBe(current);
  });

  it("entryPoints() gives the root and one subpath per area of src/, each with its index.ts", () => {
    const specifiers = (entryPoints() as { specifier: string }[]).map((e) => e.specifier);
    const areas = readdirSync(join(root, "src"), { withFileTypes: true })
      .filter(
        (d) =>
          d.isDirectory() && d.name !== "cli" && readdirSync(join(root, "src", d.name)).includes("index.ts"),
      )
      .map((d) => `oraccle-opendata/${d.name}`);
    expect(specifiers[0]).toBe("oraccle-opendata");
    expect(specifiers.slice(1).sort()).toEqual(areas.sort());
  });

  it("reportDifference() names what a change adds and removes", () => {
    const before = "## `p` (2 names)\n\n- `a` (function)\n- `b` (const)\n";
    const after = "## `p` (2 names)\n\n- `a` (function)\n- `c` (type)\n";
    expect(reportDifference(before, after)).toEqual({ added: ["- `c` (type)"], removed: ["- `b` (const)"] });
  });

  it("every name a notebook imports from oraccle-opendata is public", () => {
    const rootSection = report.split("\n## ")[1] as string;
    const publicNames = new Set([...rootSection.matchAll(/^- `([^`]+)`/gm)].map((m) => m[1]));
    const folders = ["notebooks", join("notebooks", "exercices")];
    const missing: string[] = [];
    let imported = 0;
    for (const folder of folders) {
      for (const file of readdirSync(join(root, folder)).filter((f) => f.endsWith(".ipynb"))) {
        for (const name of notebookImports(join(root, folder, file))) {
          imported++;
          if (!publicNames.has(name)) missing.push(`${folder}/${file}: ${name}`);
        }
      }
    }
    expect(imported).toBeGreaterThan(20);
    expect(missing).toEqual([]);
  });
});
