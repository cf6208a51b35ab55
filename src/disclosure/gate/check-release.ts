import type pl from "nodejs-polars";
import type { ProtectedTable } from "../tables/protect-table.js";
import { type AggregatesInput, aggregateStatistics } from "./aggregates-gate.js";
import { type CohortAttributeInput, type CohortsInput, eraseAttribute, maskCohorts } from "./cohort-gate.js";
import { type CountTableInput, countTable } from "./count-table-gate.js";
import { type DisclosurePolicy, resolvePolicy } from "./disclosure-policy.js";
import { type DisclosureReport, formatReport } from "./disclosure-report.js";
import { checkMicrodata, type GateOutcome, type MicrodataInput } from "./microdata-gate.js";
import { checkReference, type ReferenceInput } from "./reference-gate.js";
import { brandReleased, type ReleasedFrame } from "./released-frame.js";
import { describePolicy } from "./report-helpers.js";
import { checkTable, type TableInput } from "./table-gate.js";

/**
 * What {@link checkRelease} checks: a unit-level frame with its key variables, a table of cells,
 * or one of the tables of an open-data release (groups masked below k, group × attribute with
 * erasure, counts with suppression, reference codes).
 *
 * @example
 * const micro: ReleaseInput = { kind: "microdata", frame, keys: ["sexe", "annais", "etabli"] };
 * const table: ReleaseInput = { kind: "table", table: buildTable({ dimensions, cells }) };
 * const cohorts: ReleaseInput = { kind: "cohorts", counts, source: "cohortes.csv" };
 */
export type ReleaseInput =
  | MicrodataInput
  | TableInput
  | CohortsInput
  | CohortAttributeInput
  | CountTableInput
  | ReferenceInput
  | AggregatesInput;

/** Options of {@link checkRelease}. */
export interface CheckReleaseOptions {
  /** Most items listed per check (the count is always complete). Default `1000`. */
  maxItems?: number;
}

/**
 * The gate's answer: the verdict, the report (safe to write out: no sensitive value), its readable
 * text; when it passed, the `released` frame to publish (every kind but `table`); for a `table`,
 * the protected table (statuses and the values to publish — keep it out of reports).
 *
 * @example
 * const { passed, report, text, released } = await checkRelease(input, "oraccle-k5");
 */
export interface ReleaseVerdict {
  passed: boolean;
  report: DisclosureReport;
  text: string;
  /** The values to publish, branded as released; only when the verdict passed. */
  released?: ReleasedFrame;
  protectedTable?: ProtectedTable;
}

/**
 * The release gate: applies a policy (preset name or custom object) and returns a pass/fail
 * report naming each rule, its counts and the risky records (row numbers), cells or groups
 * (coordinates) — never their values.
 *
 * - `microdata`: k-anonymity on the keys, optional l-diversity and global-risk ceiling, prosecutor
 *   risk and expected re-identifications; released as is when it passes;
 * - `table`: primary and secondary suppression and the LP audit of every suppressed cell; the
 *   verdict carries `protectedTable`;
 * - `count-table`: the same on counted records, released as one row per cell with `effectif`
 *   (null when suppressed) and `statut`;
 * - `cohorts`: groups below k published with the mask value (0);
 * - `cohort-attribute`: rare values erased, then coverage and differencing checks against the
 *   true group totals;
 * - `reference`: codes and labels only, no statistic;
 * - `aggregates`: statistics over groups, withheld when over fewer than `minGroups` groups.
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
  let outcome: GateOutcome;
  let frame: pl.DataFrame | undefined;
  let protectedTable: ProtectedTable | undefined;
  switch (input.kind) {
    case "microdata":
      outcome = checkMicrodata(input, resolved, maxItems);
      frame = input.frame;
      break;
    case "table":
      ({ outcome, protectedTable } = await checkTable(input, resolved, maxItems));
      break;
    case "count-table":
      ({ outcome, frame } = await countTable(input, resolved, maxItems));
      break;
    case "cohorts":
      ({ outcome, frame } = maskCohorts(input, resolved, maxItems));
      break;
    case "cohort-attribute":
      ({ outcome, frame } = eraseAttribute(input, resolved, maxItems));
      break;
    case "reference":
      outcome = checkReference(input);
      frame = input.frame;
      break;
    case "aggregates":
      ({ outcome, frame } = aggregateStatistics(input, resolved.microdata.k, maxItems));
      break;
  }
  const report: DisclosureReport = {
    format: "oraccle-disclosure-report/1",
    policy: describePolicy(resolved),
    kind: input.kind,
    ...outcome,
  };
  const verdict: ReleaseVerdict = { passed: report.passed, report, text: formatReport(report) };
  if (protectedTable) verdict.protectedTable = protectedTable;
  if (report.passed && frame) verdict.released = brandReleased(frame, [report]);
  return verdict;
}
