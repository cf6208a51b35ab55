import type pl from "nodejs-polars";
import type { ReportCheck } from "./disclosure-report.js";
import type { GateOutcome } from "./microdata-gate.js";

/**
 * A reference table handed to the gate: codes and labels, or the description of the keys used by
 * other released tables (a formation's codes) — no count, nothing measured on persons.
 */
export interface ReferenceInput {
  kind: "reference";
  frame: pl.DataFrame;
  /** Name of the table in the report. Default `"(reference)"`. */
  source?: string;
}

/**
 * The reference rule: a reference table holds text only. A numeric column (a count, a rate) would
 * be a statistic on persons and must go through a table rule instead, so it fails the check.
 *
 * @example
 * checkReference({ kind: "reference", frame: pl.DataFrame({ code: ["1"], libelle: ["Homme"] }) }).passed; // true
 */
export function checkReference(input: ReferenceInput): GateOutcome {
  const numeric = input.frame.columns.filter((name) =>
    /Int|Float|Decimal|Bool/.test(String(input.frame.getColumn(name).dtype)),
  );
  const check: ReportCheck = {
    rule: "no-statistic",
    passed: numeric.length === 0,
    count: numeric.length,
    items: [],
    truncated: false,
    summary:
      numeric.length === 0
        ? `${input.frame.height} row(s) of codes and labels, no count`
        : `numeric column(s) ${numeric.join(", ")}: a statistic cannot be released as a reference table`,
  };
  return {
    source: input.source ?? "(reference)",
    passed: check.passed,
    checks: [check],
    summary: { rows: input.frame.height, columns: input.frame.width },
  };
}
