/**
 * One item a check flags: a record (by 0-based row and 1-based file line) or a table cell (by its
 * coordinates). Never the sensitive values themselves.
 *
 * @example
 * const record: ReportItem = { row: 3, line: 5, classSize: 2 };
 * const cell: ReportItem = { cell: 4, coordinates: { region: "A", sexe: "2" }, status: "primary", rules: ["frequency"] };
 */
export interface ReportItem {
  /** 0-based row index of a record (microdata). */
  row?: number;
  /** 1-based line in the input file (the header is line 1), when read from a file. */
  line?: number;
  /** Size of the record's equivalence class (fk). */
  classSize?: number;
  /** 0-based index of a table cell. */
  cell?: number;
  /** Coordinates of a table cell. */
  coordinates?: Record<string, string>;
  /** Status of a table cell (`primary`, `secondary`…). */
  status?: string;
  /** Rules that made a cell unsafe. */
  rules?: string[];
  /** Why the item fails: `exact` (recomputable), `lower` or `upper` (protection interval too narrow), `l-diversity`. */
  problem?: string;
}

/**
 * The result of one rule: whether it passed, its threshold, how many items it flagged, the items
 * (at most `maxItems`, then `truncated`), and a one-line readable summary.
 *
 * @example
 * const check: ReportCheck = { rule: "k-anonymity", passed: false, threshold: 5, count: 1, items: [{ row: 2, line: 4, classSize: 1 }], truncated: false, summary: "1 record in 1 class below k = 5" };
 */
export interface ReportCheck {
  rule: string;
  passed: boolean;
  threshold?: number | string;
  count: number;
  items: ReportItem[];
  truncated: boolean;
  summary: string;
}

/**
 * The disclosure report of one release candidate, as JSON (shape documented in
 * `docs/disclosure-report.md`, format `oraccle-disclosure-report/1`). Deterministic: no time
 * stamp, so the same input gives a byte-identical report.
 *
 * @example
 * const { report } = await checkRelease(input, "oraccle-k5");
 * writeFileSync("report.json", `${JSON.stringify(report, null, 2)}\n`);
 */
export interface DisclosureReport {
  format: "oraccle-disclosure-report/1";
  kind: "microdata" | "table" | "count-table" | "cohorts" | "cohort-attribute" | "reference" | "aggregates";
  source: string;
  policy: { name: string; description: string };
  passed: boolean;
  checks: ReportCheck[];
  /** Counts describing the input (records, classes, cells per status…). */
  summary: Record<string, number>;
}

/**
 * Renders a {@link DisclosureReport} as readable text for a terminal: verdict, policy, then one
 * block per check with its items (coordinates or rows, never values).
 *
 * @example
 * console.log(formatReport(report));
 * // REFUSED — microdata 'inscri22.csv' under policy oraccle-k5 …
 */
export function formatReport(report: DisclosureReport): string {
  const lines = [
    `${report.passed ? "PASSED" : "REFUSED"} — ${report.kind} '${report.source}' under policy ${report.policy.name}`,
    `  ${report.policy.description}`,
    `  ${Object.entries(report.summary)
      .map(([name, value]) => `${name}: ${value}`)
      .join(", ")}`,
  ];
  for (const check of report.checks) {
    lines.push("", `[${check.passed ? "ok" : "FAIL"}] ${check.rule}: ${check.summary}`);
    for (const item of check.items) lines.push(`    - ${describeItem(item)}`);
    if (check.truncated) lines.push(`    … ${check.count - check.items.length} more (see the JSON report)`);
  }
  return `${lines.join("\n")}\n`;
}

function describeItem(item: ReportItem): string {
  const parts: string[] = [];
  if (item.coordinates) {
    parts.push(
      Object.entries(item.coordinates)
        .map(([dimension, code]) => `${dimension}=${code}`)
        .join(", "),
    );
  }
  if (item.row !== undefined)
    parts.push(`row ${item.row}${item.line !== undefined ? ` (line ${item.line})` : ""}`);
  if (item.classSize !== undefined) parts.push(`class of ${item.classSize}`);
  if (item.status) parts.push(item.status + (item.rules?.length ? ` (${item.rules.join(", ")})` : ""));
  if (item.problem) parts.push(PROBLEMS[item.problem] ?? item.problem);
  return parts.join(" — ");
}

const PROBLEMS: Record<string, string> = {
  exact: "value recomputable exactly from the published cells",
  lower: "lower bound too close to the value",
  upper: "upper bound too close to the value",
  "lower+upper": "both bounds too close to the value",
  "l-diversity": "too few distinct sensitive values in the class",
};
