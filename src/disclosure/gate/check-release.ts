import type pl from "nodejs-polars";
import { globalRisk } from "../microdata/global-risk.js";
import { kAnonymityViolations } from "../microdata/k-anonymity-violations.js";
import { keyFrequencies } from "../microdata/key-frequencies.js";
import { lDiversity } from "../microdata/l-diversity.js";
import { prosecutorRisk } from "../microdata/prosecutor-risk.js";
import type { LpSolver } from "../tables/highs-solver.js";
import type { LinearTable } from "../tables/linear-table.js";
import { type ProtectedTable, protectTable } from "../tables/protect-table.js";
import { type DisclosurePolicy, resolvePolicy } from "./disclosure-policy.js";
import {
  type DisclosureReport,
  formatReport,
  type ReportCheck,
  type ReportItem,
} from "./disclosure-report.js";

/**
 * What {@link checkRelease} checks: a unit-level frame with its key variables, or a table.
 *
 * @example
 * const micro: ReleaseInput = { kind: "microdata", frame, keys: ["sexe", "annais", "etabli"] };
 * const table: ReleaseInput = { kind: "table", table: buildTable({ dimensions, cells }) };
 */
export type ReleaseInput =
  | {
      kind: "microdata";
      /** One row per record. */
      frame: pl.DataFrame;
      /** Key variables (quasi-identifiers). */
      keys: string[];
      /** Sensitive attributes, checked for l-diversity when the policy sets `microdata.lDiversity`. */
      sensitive?: string[];
      /** Survey weight column, for sdcMicro's individual and global risk. Default: none (r = 1/fk). */
      weights?: string;
      /** Name of the input in the report. Default `"(data frame)"`. */
      source?: string;
      /** Line of row 0 in the source file, to report file lines. Default `2` (after a header). */
      firstLine?: number;
    }
  | {
      kind: "table";
      table: LinearTable;
      /** Name of the input in the report. Default `"(table)"`. */
      source?: string;
      /** The LP solver. Default: the shared HiGHS instance. */
      solver?: LpSolver;
    };

/** Options of {@link checkRelease}. */
export interface CheckReleaseOptions {
  /** Most items listed per check (the count is always complete). Default `1000`. */
  maxItems?: number;
}

/**
 * The gate's answer: the verdict, the report (safe to write out: no sensitive value), its readable
 * text and, for a table, the protected table (statuses and the values to publish — keep it out of
 * reports: it holds the values).
 *
 * @example
 * const { passed, report, text } = await checkRelease(input, "oraccle-k5");
 */
export interface ReleaseVerdict {
  passed: boolean;
  report: DisclosureReport;
  text: string;
  protectedTable?: ProtectedTable;
}

/**
 * The release gate: applies a policy (preset name or custom object) to a microdata frame or a
 * table and returns a pass/fail report naming each rule, its counts and the risky records (row
 * numbers) or cells (coordinates) — never their values.
 *
 * - microdata: k-anonymity on the keys (fails below k), optional l-diversity and global-risk
 *   ceiling, an ARX-style prosecutor-risk summary and sdcMicro's expected re-identifications;
 * - table: primary suppression by the policy's rules, secondary suppression, and the LP audit of
 *   every suppressed cell (fails when any can be recomputed or narrowly bounded). The verdict carries
 *   `protectedTable` with the values to publish.
 *
 * @throws OraccleError with `ExitCode.usage` for an unknown policy name; InputError for bad input.
 * @example
 * const verdict = await checkRelease({ kind: "microdata", frame, keys: ["sexe", "annais"] }, "oraccle-k5");
 * if (!verdict.passed) console.log(verdict.text);
 */
export async function checkRelease(
  input: ReleaseInput,
  policy: string | DisclosurePolicy,
  options: CheckReleaseOptions = {},
): Promise<ReleaseVerdict> {
  const resolved = resolvePolicy(policy);
  const maxItems = options.maxItems ?? 1000;
  const header = { format: "oraccle-disclosure-report/1" as const, policy: describe(resolved) };
  if (input.kind === "microdata") {
    const report: DisclosureReport = {
      ...header,
      kind: "microdata",
      ...checkMicrodata(input, resolved, maxItems),
    };
    return { passed: report.passed, report, text: formatReport(report) };
  }
  const source = input.source ?? "(table)";
  const settings = input.solver ? { ...resolved.table, solver: input.solver } : resolved.table;
  const protectedTable = await protectTable({ table: input.table, ...settings });
  const checks: ReportCheck[] = [];
  const primary = protectedTable.cells.filter((c) => c.status === "primary");
  checks.push(
    limit(
      {
        rule: "primary-suppression",
        passed: true,
        threshold: resolved.table.rules.map(describeRule).join(" | "),
        count: primary.length,
        items: primary.map((c) => ({
          cell: c.index,
          coordinates: c.coordinates,
          status: c.status,
          rules: c.rules,
        })),
        truncated: false,
        summary: `${primary.length} sensitive cell(s) suppressed, ${protectedTable.counts.secondary} secondary suppression(s)`,
      },
      maxItems,
    ),
  );
  const failures: ReportItem[] = protectedTable.audit.failures.map((failure) => {
    const cell = protectedTable.cells[failure.cell]!;
    const lowShort = failure.min > failure.requiredMin + 1e-6 * Math.max(1, Math.abs(failure.requiredMin));
    const highShort = failure.max < failure.requiredMax - 1e-6 * Math.max(1, Math.abs(failure.requiredMax));
    const problem = failure.exact
      ? "exact"
      : lowShort && highShort
        ? "lower+upper"
        : lowShort
          ? "lower"
          : "upper";
    return {
      cell: cell.index,
      coordinates: cell.coordinates,
      status: cell.status,
      rules: cell.rules,
      problem,
    };
  });
  checks.push(
    limit(
      {
        rule: "lp-audit",
        passed: protectedTable.audit.passed,
        threshold: "feasible interval ⊇ [value − protection, value + protection]",
        count: failures.length,
        items: failures,
        truncated: false,
        summary: protectedTable.audit.passed
          ? `${protectedTable.audit.cells.length} suppressed cell(s) audited with ${protectedTable.audit.lpSolved} LPs: none recomputable or narrowly bounded`
          : `${failures.length} suppressed cell(s) can be recomputed or narrowly bounded: the table cannot be published`,
      },
      maxItems,
    ),
  );
  const report: DisclosureReport = {
    ...header,
    kind: "table",
    source,
    passed: checks.every((check) => check.passed),
    checks,
    summary: {
      cells: protectedTable.cells.length,
      ...protectedTable.counts,
      lpSolved: protectedTable.audit.lpSolved,
    },
  };
  return { passed: report.passed, report, text: formatReport(report), protectedTable };
}

function checkMicrodata(
  input: Extract<ReleaseInput, { kind: "microdata" }>,
  policy: DisclosurePolicy,
  maxItems: number,
): Omit<DisclosureReport, "format" | "policy" | "kind"> {
  const { frame, keys } = input;
  const source = input.source ?? "(data frame)";
  const firstLine = input.firstLine ?? 2;
  const missing = policy.microdata.missing ?? "wildcard";
  const k = policy.microdata.k;
  const violations = kAnonymityViolations(frame, keys, k, { missing });
  const fk = keyFrequencies(frame, keys, { missing }).getColumn("fk").toArray() as number[];
  const checks: ReportCheck[] = [
    limit(
      {
        rule: "k-anonymity",
        passed: violations.satisfied,
        threshold: k,
        count: violations.violatingRecords,
        items: violations.rows.map((row) => ({ row, line: row + firstLine, classSize: Number(fk[row]) })),
        truncated: false,
        summary: violations.satisfied
          ? `every record shares its key (${keys.join(", ")}) with at least ${k} records`
          : `${violations.violatingRecords} record(s) in ${violations.violatingClasses} class(es) below k = ${k} on (${keys.join(", ")})`,
      },
      maxItems,
    ),
  ];
  const l = policy.microdata.lDiversity;
  if (l !== undefined && input.sensitive && input.sensitive.length > 0) {
    const diversity = lDiversity(frame, keys, input.sensitive);
    const items: ReportItem[] = [];
    for (const attribute of diversity.bySensitive) {
      for (const c of attribute.classes) {
        if (c.distinct < l) {
          items.push({
            row: c.representative,
            line: c.representative + firstLine,
            classSize: c.size,
            problem: "l-diversity",
          });
        }
      }
    }
    checks.push(
      limit(
        {
          rule: "l-diversity",
          passed: items.length === 0,
          threshold: l,
          count: items.length,
          items,
          truncated: false,
          summary:
            items.length === 0
              ? `every class has at least ${l} distinct values of ${input.sensitive.join(", ")}`
              : `${items.length} class(es) with fewer than ${l} distinct values of ${input.sensitive.join(", ")} (homogeneity attack)`,
        },
        maxItems,
      ),
    );
  }
  const global = globalRisk(frame, keys, input.weights ? { weights: input.weights, missing } : { missing });
  const maxGlobal = policy.microdata.maxGlobalRisk;
  if (maxGlobal !== undefined) {
    const passed = global.rate <= maxGlobal;
    checks.push({
      rule: "global-risk",
      passed,
      threshold: maxGlobal,
      count: global.highRiskRecords,
      items: [],
      truncated: false,
      summary: `${round(global.expectedReidentifications)} expected re-identification(s), global risk ${round(global.rate)} ${passed ? "≤" : ">"} ${maxGlobal}; ${global.highRiskRecords} record(s) of much higher risk`,
    });
  }
  const risk = prosecutorRisk(frame, keys, { threshold: 1 / k });
  return {
    source,
    passed: checks.every((check) => check.passed),
    checks,
    summary: {
      records: risk.records,
      classes: risk.classes,
      smallestClass: risk.smallestClass,
      uniqueRecords: Math.round(risk.uniqueShare * risk.records),
      recordsAtRisk: risk.recordsAtRiskCount,
      highestRisk: round(risk.highestRisk),
      averageRisk: round(risk.averageRisk),
      expectedReidentifications: round(global.expectedReidentifications),
      globalRisk: round(global.rate),
    },
  };
}

function limit(check: ReportCheck, maxItems: number): ReportCheck {
  if (check.items.length <= maxItems) return check;
  return { ...check, items: check.items.slice(0, maxItems), truncated: true };
}

function describe(policy: DisclosurePolicy): { name: string; description: string } {
  return { name: policy.name, description: policy.description };
}

function describeRule(rule: DisclosurePolicy["table"]["rules"][number]): string {
  if (rule.kind === "frequency") return `frequency: unsafe if 0 < f ${rule.convention} ${rule.threshold}`;
  if (rule.kind === "dominance") return `NK(${rule.n},${rule.k})`;
  return `p % (p = ${rule.p})`;
}

/** Six significant decimals keep reports stable across platforms. */
function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
