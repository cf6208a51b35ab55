import type pl from "nodejs-polars";
import { globalRisk } from "../microdata/global-risk.js";
import { kAnonymityViolations } from "../microdata/k-anonymity-violations.js";
import { keyFrequencies } from "../microdata/key-frequencies.js";
import { lDiversity } from "../microdata/l-diversity.js";
import { prosecutorRisk } from "../microdata/prosecutor-risk.js";
import type { DisclosurePolicy } from "./disclosure-policy.js";
import type { DisclosureReport, ReportCheck, ReportItem } from "./disclosure-report.js";
import { gateOutcome, limit, round } from "./report-helpers.js";

/** A unit-level frame handed to the gate (see `checkRelease`). */
export interface MicrodataInput {
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

/** What a gate's check function returns: the report without its header. */
export type GateOutcome = Omit<DisclosureReport, "format" | "policy" | "kind">;

/**
 * The microdata rules: k-anonymity on the keys (fails below k), optional l-diversity and
 * global-risk ceiling, an ARX-style prosecutor-risk summary and sdcMicro's expected
 * re-identifications.
 *
 * @example
 * checkMicrodata({ kind: "microdata", frame, keys: ["sexe"] }, resolvePolicy("oraccle-k5"), 1000).passed;
 */
export function checkMicrodata(
  input: MicrodataInput,
  policy: DisclosurePolicy,
  maxItems: number,
): GateOutcome {
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
    checks.push(limit(lDiversityCheck(frame, keys, input.sensitive, l, firstLine), maxItems));
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
  return gateOutcome(source, checks, {
    records: risk.records,
    classes: risk.classes,
    smallestClass: risk.smallestClass,
    uniqueRecords: Math.round(risk.uniqueShare * risk.records),
    recordsAtRisk: risk.recordsAtRiskCount,
    highestRisk: round(risk.highestRisk),
    averageRisk: round(risk.averageRisk),
    expectedReidentifications: round(global.expectedReidentifications),
    globalRisk: round(global.rate),
  });
}

/** Every class needs at least l distinct values of the sensitive attributes (homogeneity attack). */
function lDiversityCheck(
  frame: pl.DataFrame,
  keys: string[],
  sensitive: string[],
  l: number,
  firstLine: number,
): ReportCheck {
  const diversity = lDiversity(frame, keys, sensitive);
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
  return {
    rule: "l-diversity",
    passed: items.length === 0,
    threshold: l,
    count: items.length,
    items,
    truncated: false,
    summary:
      items.length === 0
        ? `every class has at least ${l} distinct values of ${sensitive.join(", ")}`
        : `${items.length} class(es) with fewer than ${l} distinct values of ${sensitive.join(", ")} (homogeneity attack)`,
  };
}
