import pl from "nodejs-polars";
import { ExitCode, InputError, OraccleError } from "../../core/errors.js";
import { requireColumns } from "../../core/require-columns.js";
import { eraseRareAttributes } from "./erase-rare-attributes.js";
import { FRAME_SOURCE } from "./frame-checks.js";
import { maskSmallCohorts } from "./mask-small-cohorts.js";

/**
 * Options of {@link oraccleCohorts}.
 *
 * @example
 * const options: OraccleCohortsOptions = { trace: "trace", attributes: ["sexe", "anbac"], k: 5 };
 */
export interface OraccleCohortsOptions {
  /** Column holding each student's path (Oraccle's `trace`). Default `"trace"`. */
  trace?: string | undefined;
  /** Attribute columns published as cohort × attribute tables (e.g. `["sexe", "anbac"]`). Default none. */
  attributes?: readonly string[] | undefined;
  /** Threshold: counts below k are masked, rarer attribute values erased. Default `5`. */
  k?: number | undefined;
  /** Value standing for a masked count. Default `0` (Oraccle's files). */
  maskValue?: number | undefined;
}

/**
 * Oraccle-style publication: the cohort table and one table per attribute, all protected.
 *
 * @example
 * const { cohortes, attributes }: OraccleCohorts = oraccleCohorts(students, { attributes: ["sexe"] });
 */
export interface OraccleCohorts {
  /** `cohorteid` (1…N, by trace order), `trace`, `effectif` (masked below k). */
  cohortes: pl.DataFrame;
  /** Per attribute: `cohorteid`, the attribute, `effectif`, with rare values erased. */
  attributes: Record<string, pl.DataFrame>;
  /** Number of cohorts. */
  cohorts: number;
  /** Cohorts whose count is masked. */
  maskedCohorts: number;
  /** Students in masked cohorts (kept in the files, but their count is not communicated). */
  studentsInMaskedCohorts: number;
}

/**
 * The Oraccle / UNIF publication method as one reusable transform: from one row per student with
 * its path (`trace`) and attributes, builds cohorts of identical paths with their counts
 * (`cohortes.csv`), and one cohort × attribute table per attribute (`cohorte_sexe.csv`…); counts
 * below k are published as `maskValue` (0 = "masked, 1 to k − 1") and rare attribute values are
 * erased ({@link maskSmallCohorts}, {@link eraseRareAttributes}). Every student stays counted in
 * exactly one cohort. Cohort ids are assigned in lexical order of the traces, so the same input
 * always yields the same files. A null trace is refused (a student must have a path).
 *
 * @param students one row per student
 * @param options trace column (default "trace"), attributes, k (default 5), mask value (default 0)
 * @example
 * const r = oraccleCohorts(students, { attributes: ["sexe"], k: 5 });
 * r.cohortes; // cohorteid, trace, effectif
 * r.attributes.sexe; // cohorteid, sexe, effectif
 */
export function oraccleCohorts(students: pl.DataFrame, options: OraccleCohortsOptions = {}): OraccleCohorts {
  const trace = options.trace ?? "trace";
  const attributes = [...(options.attributes ?? [])];
  const k = options.k ?? 5;
  const maskValue = options.maskValue ?? 0;
  requireColumns(students, [trace, ...attributes], FRAME_SOURCE);
  if (attributes.includes(trace))
    throw new OraccleError(`'${trace}' cannot also be an attribute`, ExitCode.usage);
  const traces = students.getColumn(trace);
  if (traces.nullCount() > 0) {
    const row = (traces.isNull().toArray() as boolean[]).indexOf(true);
    throw new InputError(
      "a student has no path",
      { file: FRAME_SOURCE, line: row + 2, column: trace, value: "" },
      "drop students without any enrolment before building cohorts",
    );
  }
  const counted = students
    .groupBy(trace)
    .agg(pl.len().cast(pl.Int64).alias("effectif"))
    .sort(trace)
    .withRowIndex("cohorteid", 1)
    .select(pl.col("cohorteid").cast(pl.Int64), pl.col(trace).alias("trace"), pl.col("effectif"));
  const masked = (counted.getColumn("effectif").toArray() as number[]).filter((n) => Number(n) < k);
  const cohortes = maskSmallCohorts(counted, { k, countColumn: "effectif", maskValue });
  const ids = counted.select(pl.col("cohorteid"), pl.col("trace").alias(trace));
  const tables: Record<string, pl.DataFrame> = {};
  for (const attribute of attributes) {
    const table = students
      .join(ids, { on: trace, how: "left" })
      .groupBy(["cohorteid", attribute])
      .agg(pl.len().cast(pl.Int64).alias("effectif"));
    tables[attribute] = eraseRareAttributes(table, { attributes: attribute, k, maskValue });
  }
  return {
    cohortes,
    attributes: tables,
    cohorts: counted.height,
    maskedCohorts: masked.length,
    studentsInMaskedCohorts: masked.reduce((s, n) => s + Number(n), 0),
  };
}
