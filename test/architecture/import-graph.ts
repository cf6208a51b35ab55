import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative, sep } from "node:path";
import ts from "typescript";

/** One relative import of a source file: who imports whom, and whether only types cross. */
export interface ImportEdge {
  /** Importing file, relative to the source root, `/`-separated (`indicators/select-cohort.ts`). */
  from: string;
  /** Imported file, relative to the source root, `.js` specifier mapped back to `.ts`. */
  to: string;
  /** `true` for `import type …` / `export type … from` (erased at build time: no runtime arrow). */
  typeOnly: boolean;
}

/**
 * The declared flow of `src/`: an area may import from an area of lower rank only; areas of the
 * same rank (sequences and indicators) know nothing of each other. `course` (notebook helpers)
 * sits after publish; `serve` and `cli` come last. The root `index.ts` may import every area.
 */
export const AREA_ORDER: Readonly<Record<string, number>> = {
  core: 0,
  sise: 1,
  trajectories: 2,
  sequences: 3,
  indicators: 3,
  disclosure: 4,
  linkage: 5,
  viz: 6,
  publish: 7,
  course: 8,
  serve: 9,
  cli: 10,
};

/**
 * Arrows the order allows but the design forbids. `runtime` forbids value imports only (a figure
 * may name the data type it draws, never call the code that computes it).
 */
export const FORBIDDEN: readonly { from: string; to: string; runtime?: boolean; why: string }[] = [
  { from: "sequences", to: "sise", why: "sequence analysis is generic: it knows nothing of SISE" },
  { from: "sequences", to: "trajectories", why: "sequence analysis is generic: it knows nothing of SISE" },
  { from: "disclosure", to: "sise", why: "disclosure control is generic: it knows nothing of SISE" },
  { from: "disclosure", to: "trajectories", why: "disclosure control is generic: it knows nothing of SISE" },
  { from: "viz", to: "sise", runtime: true, why: "figures take data, they never compute it" },
  { from: "viz", to: "trajectories", runtime: true, why: "figures take data, they never compute it" },
  { from: "viz", to: "indicators", runtime: true, why: "figures take data, they never compute it" },
];

/** Every `.ts` file below `root`, relative and `/`-separated. */
export function sourceFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".ts")) files.push(relative(root, path).split(sep).join("/"));
    }
  };
  walk(root);
  return files.sort();
}

/** The relative imports and re-exports of every file below `root`, parsed by the TypeScript compiler. */
export function importEdges(root: string): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const file of sourceFiles(root)) {
    const text = readFileSync(join(root, file), "utf8");
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, false);
    const add = (specifier: string, typeOnly: boolean) => {
      if (!specifier.startsWith(".")) return;
      const to = normalize(join(dirname(file), specifier))
        .split(sep)
        .join("/")
        .replace(/\.js$/, ".ts");
      edges.push({ from: file, to, typeOnly });
    };
    const visit = (node: ts.Node) => {
      if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
        const clause = node.importClause;
        const allTypes =
          clause !== undefined &&
          (clause.isTypeOnly ||
            (clause.name === undefined &&
              clause.namedBindings !== undefined &&
              ts.isNamedImports(clause.namedBindings) &&
              clause.namedBindings.elements.length > 0 &&
              clause.namedBindings.elements.every((e) => e.isTypeOnly)));
        add(node.moduleSpecifier.text, allTypes);
      } else if (
        ts.isExportDeclaration(node) &&
        node.moduleSpecifier &&
        ts.isStringLiteral(node.moduleSpecifier)
      ) {
        const clause = node.exportClause;
        const allTypes =
          node.isTypeOnly ||
          (clause !== undefined &&
            ts.isNamedExports(clause) &&
            clause.elements.length > 0 &&
            clause.elements.every((e) => e.isTypeOnly));
        add(node.moduleSpecifier.text, allTypes);
      } else if (
        ts.isCallExpression(node) &&
        node.expression.kind === ts.SyntaxKind.ImportKeyword &&
        node.arguments[0] !== undefined &&
        ts.isStringLiteral(node.arguments[0])
      ) {
        add(node.arguments[0].text, false);
      } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
        const literal = node.argument.literal;
        if (ts.isStringLiteral(literal)) add(literal.text, true);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return edges;
}

/** Area of a file: its first folder (`viz/sankey.ts` → `viz`); `null` for the root `index.ts`. */
export function areaOf(file: string): string | null {
  const slash = file.indexOf("/");
  return slash < 0 ? null : file.slice(0, slash);
}

/** One arrow against the declared flow, with the rule it breaks. */
export interface FlowViolation extends ImportEdge {
  rule: string;
}

/**
 * The imports that break {@link AREA_ORDER} or {@link FORBIDDEN}. An area missing from the order
 * is itself a violation (a new area must be placed in the flow).
 */
export function flowViolations(edges: readonly ImportEdge[]): FlowViolation[] {
  const violations: FlowViolation[] = [];
  for (const edge of edges) {
    const from = areaOf(edge.from);
    const to = areaOf(edge.to);
    if (from === null || from === to) continue;
    const fromRank = AREA_ORDER[from];
    const toRank = to === null ? undefined : AREA_ORDER[to];
    if (fromRank === undefined || toRank === undefined) {
      violations.push({ ...edge, rule: `area ${fromRank === undefined ? from : to} is not in AREA_ORDER` });
      continue;
    }
    if (toRank >= fromRank) {
      violations.push({ ...edge, rule: `${from} (rank ${fromRank}) may not import ${to} (rank ${toRank})` });
      continue;
    }
    const forbidden = FORBIDDEN.find(
      (f) => f.from === from && f.to === to && (f.runtime !== true || !edge.typeOnly),
    );
    if (forbidden) violations.push({ ...edge, rule: `${from} → ${to}: ${forbidden.why}` });
  }
  return violations;
}

/**
 * The import cycles between files (strongly connected components of two or more files, or a file
 * importing itself), type-only imports included: each is listed as its sorted files.
 */
export function importCycles(edges: readonly ImportEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) next.set(from, [...(next.get(from) ?? []), to]);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let counter = 0;
  const connect = (node: string) => {
    index.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const target of next.get(node) ?? []) {
      if (!index.has(target)) {
        connect(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node)!, index.get(target)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      const selfLoop = (next.get(node) ?? []).includes(node);
      if (component.length > 1 || selfLoop) cycles.push(component.sort());
    }
  };
  for (const node of [...next.keys()].sort()) if (!index.has(node)) connect(node);
  return cycles;
}
