import type { DisclosurePolicy } from "./disclosure-policy.js";
import type { ReportCheck } from "./disclosure-report.js";

/** Keeps at most `maxItems` items of a check (the count stays complete). */
export function limit(check: ReportCheck, maxItems: number): ReportCheck {
  if (check.items.length <= maxItems) return check;
  return { ...check, items: check.items.slice(0, maxItems), truncated: true };
}

/** The policy as a report names it. */
export function describePolicy(policy: DisclosurePolicy): { name: string; description: string } {
  return { name: policy.name, description: policy.description };
}

/** Six significant decimals keep reports stable across platforms. */
export function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
