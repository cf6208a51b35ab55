import pl from "nodejs-polars";
import { protectAttributeTable } from "../tables/protect-attribute-table.js";
import type { DisclosurePolicy } from "./disclosure-policy.js";
import type { ReportCheck } from "./disclosure-report.js";
import type { GateOutcome } from "./microdata-gate.js";
import { gateOutcome, limit } from "./report-helpers.js";

/**
 * A table of groups (Oraccle cohorts: students sharing an identical path) handed to the gate:
 * every group is kept, a count below k is published as the mask value (0, "1 to k − 1").
 */
export interface CohortsInput {
  kind: "cohorts";
  /** One row per group: `cohorteid`, `effectif` (its true count, ≥ 1) and published columns. */
  counts: pl.DataFrame;
  /** Columns that would say more about a masked group than its mask: published null for it. Default: none. */
  hideWhenMasked?: string[];
  /** Name of the table in the report. Default `"(cohorts)"`. */
  source?: string;
}

/**
 * A group × attribute table handed to the gate, with the true group totals: values below k are
 * erased (and completed until the erased row is 0 or ≥ k, so that it cannot be recomputed by
 * difference with the group total), then the differencing check runs against the totals.
 */
export interface CohortAttributeInput {
  kind: "cohort-attribute";
  /** Counts: `cohorteid`, the attribute, `effectif` (rows of one group × value are summed). */
  counts: pl.DataFrame;
  /** The attribute column. */
  attribute: string;
  /** True group totals: `cohorteid`, `effectif`; every unit of `counts` belongs to them. */
  totals: pl.DataFrame;
  /** Name of the table in the report. Default `"(cohort × attribute)"`. */
  source?: string;
}

/** The values to publish and the outcome of the checks. */
export interface CohortGateResult {
  frame: pl.DataFrame;
  outcome: GateOutcome;
}

/**
 * k-masking of a group table: counts below k become the policy's mask value (default 0), the
 * `hideWhenMasked` columns become null on those rows. Checks that every true count is ≥ 1 (a 0
 * would be read as masked) and that no published count lies between 1 and k − 1.
 *
 * @example
 * maskCohorts({ kind: "cohorts", counts }, resolvePolicy("oraccle-k5"), 1000).frame;
 */
export function maskCohorts(
  input: CohortsInput,
  policy: DisclosurePolicy,
  maxItems: number,
): CohortGateResult {
  const k = policy.microdata.k;
  const maskValue = policy.table.maskValue ?? 0;
  const small = pl.col("effectif").lt(k);
  const hidden = (input.hideWhenMasked ?? []).map((name) =>
    pl.when(small).then(pl.lit(null)).otherwise(pl.col(name)).alias(name),
  );
  const frame = input.counts.withColumns(
    pl.when(small).then(pl.lit(maskValue)).otherwise(pl.col("effectif")).cast(pl.Int64).alias("effectif"),
    ...hidden,
  );
  const counts = input.counts.getColumn("effectif").toArray().map(Number);
  const published = frame.getColumn("effectif").toArray().map(Number);
  const ids = input.counts.getColumn("cohorteid").toArray().map(String);
  const empty = ids.filter((_, row) => !(counts[row]! >= 1));
  const leaking = ids.filter((_, row) => published[row]! > 0 && published[row]! < k);
  const masked = counts.filter((n) => n < k);
  const checks: ReportCheck[] = [
    limit(
      {
        rule: "k-masking",
        passed: leaking.length === 0 && empty.length === 0,
        threshold: k,
        count: leaking.length + empty.length,
        items: [...empty, ...leaking].map((id) => ({ coordinates: { cohorteid: id } })),
        truncated: false,
        summary:
          empty.length > 0
            ? `${empty.length} group(s) without any unit: a published 0 would read as masked`
            : `${masked.length} of ${ids.length} group(s) below k = ${k} published as ${maskValue}${hidden.length > 0 ? ` (${input.hideWhenMasked!.join(", ")} hidden)` : ""}`,
      },
      maxItems,
    ),
  ];
  return {
    frame,
    outcome: gateOutcome(input.source ?? "(cohorts)", checks, {
      groups: ids.length,
      maskedGroups: masked.length,
      unitsInMaskedGroups: masked.reduce((sum, n) => sum + n, 0),
    }),
  };
}

/**
 * Erasure of rare attribute values (`protectAttributeTable`), then two checks against the true
 * group totals: coverage (the table counts every unit of every group, so the difference with the
 * total is the erased row) and differencing (in a group of at least k, published rows ≥ k and the
 * erased row 0 or ≥ k; in a masked group, no value published and one row published as the mask).
 *
 * @example
 * eraseAttribute({ kind: "cohort-attribute", counts, attribute: "sexe", totals }, resolvePolicy("oraccle-k5"), 1000).frame;
 */
export function eraseAttribute(
  input: CohortAttributeInput,
  policy: DisclosurePolicy,
  maxItems: number,
): CohortGateResult {
  const k = policy.microdata.k;
  const { attribute } = input;
  const frame = protectAttributeTable({ records: input.counts, weight: "effectif", attribute, k });
  const rows = groupSums(frame, input, k);
  const uncovered: number[] = [];
  const recomputable: number[] = [];
  for (const row of rows) {
    const total = Number(row.__total);
    const values = Number(row.__values);
    if (Number(row.__units) !== total) uncovered.push(Number(row.cohorteid));
    const hidden = total - values;
    const safe =
      total < k
        ? values === 0 && Number(row.__erased) === 0
        : Number(row.__small) === 0 && (hidden === 0 || hidden >= k);
    if (!safe) recomputable.push(Number(row.cohorteid));
  }
  const item = (id: number) => ({ coordinates: { cohorteid: String(id) } });
  const checks: ReportCheck[] = [
    limit(
      {
        rule: "coverage",
        passed: uncovered.length === 0,
        count: uncovered.length,
        items: uncovered.map(item),
        truncated: false,
        summary:
          uncovered.length === 0
            ? `every unit of the ${rows.length} group(s) is counted in the table`
            : `${uncovered.length} group(s) whose table does not add up to the group total: the differencing check cannot hold`,
      },
      maxItems,
    ),
    limit(
      {
        rule: "differencing",
        passed: recomputable.length === 0,
        threshold: k,
        count: recomputable.length,
        items: recomputable.map(item),
        truncated: false,
        summary:
          recomputable.length === 0
            ? `no value below k = ${k}, and the group total minus the published values is 0 or at least ${k} in every group`
            : `${recomputable.length} group(s) where a value below k can be read or recomputed from the group total`,
      },
      maxItems,
    ),
  ];
  return {
    frame,
    outcome: gateOutcome(input.source ?? "(cohort × attribute)", checks, {
      groups: rows.length,
      rows: frame.height,
      erasedRows: frame.filter(pl.col(attribute).isNull()).height,
    }),
  };
}

/** Per group: its true total, the units the table counts, the published values (sum, and how many below k), the erased row. */
function groupSums(frame: pl.DataFrame, input: CohortAttributeInput, k: number): Record<string, number>[] {
  const { attribute } = input;
  const value = pl.col(attribute).isNotNull();
  const perGroup = frame
    .lazy()
    .groupBy("cohorteid")
    .agg(
      pl.col("effectif").filter(value).sum().alias("__values"),
      pl
        .col("effectif")
        .filter(value.and(pl.col("effectif").lt(k)))
        .count()
        .alias("__small"),
      pl.col("effectif").filter(value.not()).sum().alias("__erased"),
    );
  const units = input.counts
    .lazy()
    .groupBy("cohorteid")
    .agg(pl.col("effectif").sum().alias("__units"))
    .select(pl.col("cohorteid").cast(pl.Int64), "__units");
  return input.totals
    .lazy()
    .select(pl.col("cohorteid").cast(pl.Int64), pl.col("effectif").alias("__total"))
    .join(perGroup, { on: "cohorteid", how: "left" })
    .join(units, { on: "cohorteid", how: "left" })
    .select(
      pl.col("cohorteid"),
      pl.col("__total"),
      ...["__units", "__values", "__small", "__erased"].map((name) => pl.col(name).fillNull(0)),
    )
    .sort("cohorteid")
    .collectSync()
    .toRecords() as Record<string, number>[];
}
