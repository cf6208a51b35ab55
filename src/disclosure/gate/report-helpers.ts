import type { DisclosurePolicy } from "./disclosure-policy.js";
import type { DisclosureReport, ReportCheck } from "./disclosure-report.js";

/** Keeps at most `maxItems` items of a check (the count stays complete). */
export function limit(check: ReportCheck, maxItems: number): ReportCheck {
  if (check.items.length <= maxItems) return check;
  return { ...check, items: check.items.slice(0, maxItems), truncated: true };
}

/** A gate's outcome: it passes when every one of its checks passes. */
export function gateOutcome(
  source: string,
  checks: ReportCheck[],
  summary: Record<string, number>,
): Pick<DisclosureReport, "source" | "passed" | "checks" | "summary"> {
  return { source, passed: checks.every((check) => check.passed), checks, summary };
}

/** The policy as a report names it. */
export function describePolicy(policy: DisclosurePolicy): { name: string; description: string } {
  return { name: policy.name, description: policy.description };
}

/** Six significant decimals keep reports stable across platforms. */
export function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
