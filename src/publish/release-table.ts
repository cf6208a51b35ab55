import type pl from "nodejs-polars";
import type { ReleaseInput } from "../disclosure/gate/check-release.js";
import type { DisclosurePolicy } from "../disclosure/gate/disclosure-policy.js";
import type { DisclosureReport } from "../disclosure/gate/disclosure-report.js";
import type { ReleasedFrame } from "../disclosure/gate/released-frame.js";
import type { FollowUpInput } from "../indicators/cohort-outcomes.js";
import type { BpbacUse } from "./add-bpbac.js";
import type { CohortCounts } from "./cohort-counts.js";
import type { PublishConfig } from "./publish-config.js";
import type { FieldDocumentation } from "./table-schema.js";

export type { ReleasedTable } from "./data-package.js";

/** The rebuilt paths every table is built from (see `rebuildPaths`). */
export interface RebuiltPaths {
  /** One principal enrolment per student and rentrée. */
  principal: pl.DataFrame;
  resultats: pl.DataFrame;
  /** Transitions from one rentrée to the next. */
  moves: pl.DataFrame;
  window: FollowUpInput["window"];
  /** The rentrées with at least one principal enrolment, sorted. */
  rentrees: number[];
  /** Present when the paths include a BPBAC extract (lycée post-bac classes). */
  bpbac?: BpbacUse;
}

/** What a table's build function receives. */
export interface ReleaseContext {
  paths: RebuiltPaths;
  policy: DisclosurePolicy;
  config: PublishConfig;
  /** Breakdown of the indicator tables (`gd_discipline` by default). */
  breakdown: string;
  /** The unmasked cohort counts, computed on first use. */
  cohortCounts(): CohortCounts;
  /** Tables released so far, by name: a table may derive from an earlier one. */
  released: Map<string, ReleasedFrame>;
  /** Hands a table to the gate and keeps its report: the released frame, or undefined when refused. */
  gate(input: ReleaseInput): Promise<ReleasedFrame | undefined>;
  /** Every report of the gate, in order. */
  reports: DisclosureReport[];
}

/** Documentation of the columns of a table, possibly depending on the publication's settings. */
export type TableFields = Record<string, FieldDocumentation>;

/**
 * One released table: its file, its French documentation (title, description, Table Schema
 * fields) and its build function — counts, then the gate. Listed in `RELEASE_TABLES`, built in
 * that order.
 *
 * @example
 * const table: ReleaseTable = { name: "cohortes", title: "Cohortes", description: "…", fields: () => ({ … }), build: async (context) => … };
 */
export interface ReleaseTable {
  /** Resource name: a lower-case slug (`cohortes`, `libelles_sexe`). */
  name: string;
  /** Path of the CSV in the release. Default `<name>.csv`. */
  path?: string;
  title: string;
  description: string;
  fields(context: ReleaseContext): TableFields;
  primaryKey?: string[];
  /** Counts, gate; undefined when the table is refused or has nothing to publish. */
  build(context: ReleaseContext): Promise<ReleasedFrame | undefined>;
}
