import { checkRelease } from "../disclosure/gate/check-release.js";
import type { DisclosurePolicy } from "../disclosure/gate/disclosure-policy.js";
import type { DisclosureReport } from "../disclosure/gate/disclosure-report.js";
import { type CohortCounts, numberCohorts } from "./cohort-counts.js";
import type { PathCounts } from "./path-counts.js";
import type { PublishConfig } from "./publish-config.js";
import type { ReleaseContext } from "./release-table.js";

/**
 * The context the tables of a release are built in: the rebuilt paths, the policy, the settings,
 * the cohort counts (computed on first use), the gate (every verdict kept, in order) and the
 * tables released so far.
 *
 * @example
 * const context = createReleaseContext(paths, resolvePolicy("oraccle-k5"), {});
 * const released = await cohortes.build(context);
 */
export function createReleaseContext(
  paths: PathCounts,
  policy: DisclosurePolicy,
  config: PublishConfig,
): ReleaseContext {
  let counts: CohortCounts | undefined;
  const reports: DisclosureReport[] = [];
  return {
    paths,
    policy,
    config,
    breakdown: config.indicatorBreakdown ?? "gd_discipline",
    cohortCounts: () => {
      counts ??= numberCohorts(paths.cohorts);
      return counts;
    },
    released: new Map(),
    reports,
    gate: async (input) => {
      const verdict = await checkRelease(input, policy);
      reports.push(verdict.report);
      return verdict.released;
    },
  };
}
