import pl from "nodejs-polars";
import type { ReportCheck } from "./disclosure-report.js";
import type { GateOutcome } from "./microdata-gate.js";
import { limit } from "./report-helpers.js";

/**
 * Statistics aggregated over groups (for example the error of the released figures over the
 * formations of a size band) handed to the gate: one row per statistic set, with the number of
 * groups it summarises. A statistic over few groups says too much about each of them (over one
 * group, it is that group's figure), so the statistics of a row over fewer than `minGroups` groups
 * are withheld (published null).
 */
export interface AggregatesInput {
  kind: "aggregates";
  /** One row per statistic set: label columns, the `groups` column and the `statistics` columns. */
  frame: pl.DataFrame;
  /** Column holding the number of groups each row summarises. */
  groups: string;
  /** Numeric columns computed over the groups; withheld (null) when the row has too few groups. */
  statistics: string[];
  /** Numeric columns that only label a row (size-band edges fixed in advance), not measured. Default: none. */
  labels?: string[];
  /** Fewest groups a published statistic may summarise. Default `10`, never below the policy's k. */
  minGroups?: number;
  /** Name of the file in the report. Default `"(aggregates)"`. */
  source?: string;
}

/**
 * The aggregates rule: statistics over fewer than `minGroups` groups are withheld; every other
 * column must be a label (text, or a declared numeric label) or the groups count — a numeric column not declared as a statistic
 * would escape the rule, so it fails the check.
 *
 * @example
 * aggregateStatistics({ kind: "aggregates", frame, groups: "groupes", statistics: ["erreur_moyenne"] }, 5, 1000).frame;
 */
export function aggregateStatistics(
  input: AggregatesInput,
  k: number,
  maxItems: number,
): { frame: pl.DataFrame; outcome: GateOutcome } {
  const minGroups = Math.max(k, input.minGroups ?? 10);
  const few = pl.col(input.groups).lt(minGroups);
  const frame = input.frame.withColumns(
    ...input.statistics.map((name) => pl.when(few).then(pl.lit(null)).otherwise(pl.col(name)).alias(name)),
  );
  const declared = new Set([input.groups, ...input.statistics, ...(input.labels ?? [])]);
  const undeclared = frame.columns.filter(
    (name) => !declared.has(name) && /Int|Float|Decimal|Bool/.test(String(frame.getColumn(name).dtype)),
  );
  const groups = frame.getColumn(input.groups).toArray().map(Number);
  const withheld = groups.flatMap((n, row) => (n < minGroups ? [row] : []));
  const checks: ReportCheck[] = [
    limit(
      {
        rule: "min-groups",
        passed: true,
        threshold: minGroups,
        count: withheld.length,
        items: withheld.map((row) => ({ row })),
        truncated: false,
        summary: `${withheld.length} of ${frame.height} row(s) over fewer than ${minGroups} groups withheld (null)`,
      },
      maxItems,
    ),
    {
      rule: "statistics-only",
      passed: undeclared.length === 0,
      count: undeclared.length,
      items: [],
      truncated: false,
      summary:
        undeclared.length === 0
          ? "every numeric column is a declared statistic, label or the groups count"
          : `numeric column(s) ${undeclared.join(", ")} not declared as statistics`,
    },
  ];
  return {
    frame,
    outcome: {
      source: input.source ?? "(aggregates)",
      passed: checks.every((check) => check.passed),
      checks,
      summary: { rows: frame.height, withheldRows: withheld.length, minGroups },
    },
  };
}
