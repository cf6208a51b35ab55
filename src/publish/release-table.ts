import type { ReleaseInput } from "../disclosure/gate/check-release.js";
import type { DisclosurePolicy } from "../disclosure/gate/disclosure-policy.js";
import type { DisclosureReport } from "../disclosure/gate/disclosure-report.js";
import type { ReleasedFrame } from "../disclosure/gate/released-frame.js";
import type { CohortCounts } from "./cohort-counts.js";
import type { PathCounts } from "./path-counts.js";
import type { PublishConfig } from "./publish-config.js";
import type { FieldDocumentation } from "./table-schema.js";

export type { ReleasedTable } from "./data-package.js";

/** What a table's build function receives. */
export interface ReleaseContext {
  /** The counts of the students' paths, added over every partition. */
  paths: PathCounts;
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
