import pl from "nodejs-polars";
import type { DisclosurePolicy } from "../disclosure/gate/disclosure-policy.js";
import type { DisclosureReport } from "../disclosure/gate/disclosure-report.js";
import type { ProgressDetail } from "./count-paths.js";
import type { PublishConfig } from "./publish-config.js";
import type { ReleaseContext } from "./release-table.js";
import { flowCounts } from "./tables/flux.js";
import type { UtilityHeadline } from "./utility/release-utility.js";

/** Options of `publish`. */
export interface PublishOptions {
  /** Folder of the SISE extract (`inscriYY` / `resultYY` files). */
  input: string;
  /**
   * Folder of a BPBAC extract (`bpbacYY` files: enrolments in lycée post-bac classes, BTS, CPGE…),
   * combined with SISE (`combineSources`) so that the paths, flows and indicators see the years
   * spent in lycée; the fiche and `datapackage.json` name both sources. Default: SISE alone.
   */
  bpbac?: string;
  /** Output folder; written atomically (see `writeAtomically`). */
  out: string;
  /** Release policy: preset name or custom object. Default `"oraccle-k5"`. */
  policy?: string | DisclosurePolicy;
  /** Publication settings. Default: none (defaults everywhere). */
  config?: PublishConfig;
  /** Replace an output folder that already holds a dataset. Default `false`. */
  overwrite?: boolean;
  /**
   * Number of partitions of students: once validated, the extract is written to disk in this many
   * Parquet files by a hash of `id_etu` (a student is never split), and every later stage runs one
   * partition at a time, so that memory holds one partition and the counts, whatever the size.
   * The output does not depend on it. Default: one partition per `partitionRows` enrolments.
   */
  partitions?: number;
  /** Enrolments per partition when `partitions` is not given. Default 2,000,000. */
  partitionRows?: number;
  /**
   * Measure what the protection changes to a reuser's figures and write `utilite.json`, a section
   * of the fiche and of `rapport.html` (see `releaseUtility`). Default `true`.
   */
  utility?: boolean;
  /**
   * Folder in which the run creates its own spill folder (`.oraccle-spill-XXXXXX`, removed at the
   * end, on success or failure; one left by a killed run is removed by the next run there).
   * Default: the parent of `out`.
   */
  spillDir?: string;
  /**
   * Called at the start of each long step, with the partition at work for the steps run one
   * partition at a time (the CLI shows a progress bar on a terminal). Default: silent.
   */
  progress?: (step: string, detail?: ProgressDetail) => void;
}

/** What `publish` did: the figures of the final summary. */
export interface PublishSummary {
  out: string;
  policy: string;
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
  students: number;
  cohorts: number;
  maskedCohorts: number;
  tables: number;
  primarySuppressions: number;
  secondarySuppressions: number;
  /** Every table passed the LP audit (otherwise nothing is written and `publish` throws). */
  auditPassed: boolean;
  files: string[];
  /** Rows in and out of every stage: nothing is lost silently (see {@link PublishRowAccounting}). */
  accounting: PublishRowAccounting;
  /** Headline of the utility report, unless `utility: false`. */
  utility?: UtilityHeadline;
}

/**
 * Rows in, out and set aside at every stage of `publish`. Invariants (checked by the
 * tests): `read.rowsRead = read.rowsAccepted + read.rowsRejected`; `principal.input =
 * principal.principal + principal.secondary + principal.excluded`; `cohorts.students =
 * cohorts.inPublishedCohorts + cohorts.inMaskedCohorts`; for every rentrée but the last,
 * `flows.principal = flows.counted` (every enrolled student has a next-year situation,
 * "Sortants" included).
 */
export interface PublishRowAccounting {
  read: { rowsRead: number; rowsAccepted: number; rowsRejected: number };
  principal: { input: number; principal: number; secondary: number; excluded: number };
  cohorts: { students: number; inPublishedCohorts: number; inMaskedCohorts: number };
  flows: { rentree: number; principal: number; counted: number }[];
  /** Rows of the BPBAC extract, when one was read (`read` counts the SISE rows). */
  bpbac?: { rowsRead: number; rowsAccepted: number; rowsRejected: number };
}

/** What the summary is computed from. */
export interface SummaryInputs {
  options: PublishOptions;
  context: ReleaseContext;
  read: PublishRowAccounting["read"];
  principalRows: PublishRowAccounting["principal"];
  tables: number;
  files: string[];
}

/**
 * The figures of a publication: rows at every stage, cohorts and masked cohorts (from the gate's
 * report on `cohortes.csv`), suppressed cells (from the count tables' reports), files written.
 *
 * @example
 * const summary = publishSummary({ options, context, read, principalRows, tables: 30, files });
 */
export function publishSummary(inputs: SummaryInputs): PublishSummary {
  const { context, read } = inputs;
  const cohortReport = context.reports.find((report) => report.kind === "cohorts");
  const students = context.cohortCounts().students;
  const masked = cohortReport?.summary.unitsInMaskedGroups ?? 0;
  return {
    out: inputs.options.out,
    policy: context.policy.name,
    ...read,
    students,
    cohorts: cohortReport?.summary.groups ?? 0,
    maskedCohorts: cohortReport?.summary.maskedGroups ?? 0,
    tables: inputs.tables,
    primarySuppressions: sumOver(context.reports, (report) => report.summary.primary),
    secondarySuppressions: sumOver(context.reports, (report) => report.summary.secondary),
    auditPassed: true,
    files: inputs.files,
    accounting: {
      read,
      principal: inputs.principalRows,
      cohorts: { students, inPublishedCohorts: students - masked, inMaskedCohorts: masked },
      flows: flowAccounting(context),
      ...(context.paths.bpbac ? { bpbac: context.paths.bpbac.rows } : {}),
    },
  };
}

/** The figures of the fiche and of the report, in French. */
export function summaryFigures(summary: PublishSummary): Record<string, number> {
  const bpbac = summary.accounting.bpbac;
  return {
    "Lignes lues (inscriptions et résultats)": summary.rowsRead,
    "Lignes rejetées à la validation": summary.rowsRejected,
    ...(bpbac
      ? {
          "Lignes lues dans BPBAC (classes post-bac des lycées)": bpbac.rowsRead,
          "Lignes BPBAC rejetées à la validation": bpbac.rowsRejected,
        }
      : {}),
    "Étudiants (inscription principale)": summary.students,
    Cohortes: summary.cohorts,
    "Cohortes masquées (moins de k étudiants)": summary.maskedCohorts,
    "Cases en secret primaire": summary.primarySuppressions,
    "Cases en secret secondaire": summary.secondarySuppressions,
  };
}

function sumOver(
  reports: readonly DisclosureReport[],
  pick: (report: DisclosureReport) => number | undefined,
) {
  return reports
    .filter((report) => report.kind === "count-table")
    .reduce((sum, report) => sum + (pick(report) ?? 0), 0);
}

/** For every rentrée but the last: students enrolled, and students counted in the flows. */
function flowAccounting(context: ReleaseContext): PublishRowAccounting["flows"] {
  const counts = flowCounts(context);
  const enrolled = new Map(
    (context.paths.enrolments.toRecords() as { rentree: number; enrolments: number }[]).map((row) => [
      Number(row.rentree),
      Number(row.enrolments),
    ]),
  );
  return context.paths.rentrees.slice(0, -1).map((rentree) => ({
    rentree,
    principal: enrolled.get(rentree) ?? 0,
    counted: Number(counts.filter(pl.col("rentree").eq(rentree)).getColumn("__students").sum() ?? 0),
  }));
}
