import { dirname, resolve } from "node:path";
import type pl from "nodejs-polars";
import { ExitCode, OraccleError } from "../core/errors.js";
import { releaseMemory } from "../core/release-memory.js";
import { readPartition, spillByKey, writePartition } from "../core/spill-by-key.js";
import { createSpillFolder } from "../core/spill-folder.js";
import { observationWindow } from "../indicators/observation-window.js";
import { readSiseAsync } from "../sise/read-sise.js";
import { OPTIONAL_TEXT_COLUMNS } from "../trajectories/columns.js";
import { principalEnrolments } from "../trajectories/principal-enrolments.js";
import { addBpbac } from "./add-bpbac.js";
import { countPartition, PUBLISHED_ENROLMENT_COLUMNS, RESULT_COLUMNS } from "./count-partition.js";
import { mergePathCounts, type PartitionCounts } from "./path-counts.js";

/**
 * Within loops, memory is released only when it grew by this much: on small extracts a full
 * collection per step would cost more than it saves. Between phases it is always released.
 */
export const IF_GROWN = { ifGrownBy: 256 * 2 ** 20 };

/** Columns of the extract the publication reads: the rest is validated, then dropped at reading. */
const READ_COLUMNS = [
  ...new Set([...PUBLISHED_ENROLMENT_COLUMNS, ...OPTIONAL_TEXT_COLUMNS, ...RESULT_COLUMNS]),
];

/** Where a long step of the counting is: the partition at work, and the rows it holds. */
export interface ProgressDetail {
  /** 1-based. */
  partition: number;
  partitions: number;
  /** Enrolments of this partition. */
  rows: number;
}

/** Options of {@link countPaths}. */
export interface CountPathsOptions {
  /** Folder of the SISE extract. */
  input: string;
  /** Output folder of the release: the spill folder goes next to it unless `spillDir` is given. */
  out: string;
  /** Folder receiving the run's own spill folder. Default: the output folder's parent. */
  spillDir?: string;
  /** Number of partitions of students. Default: one per `partitionRows` enrolments. */
  partitions?: number;
  /** Enrolments per partition when `partitions` is not given. Default 2,000,000. */
  partitionRows?: number;
  /** Column the indicator tables break down by. */
  breakdown: string;
  /** Folder of a BPBAC extract combined with SISE before spilling (`addBpbac`). Default: none. */
  bpbac?: string;
  /** Called at the start of each step. */
  progress(step: string, detail?: ProgressDetail): void;
}

/**
 * Reads and validates the extract (every check, the ones across files included, runs on the
 * whole extract before anything is spilled), writes it to a spill folder of Parquet files
 * partitioned by a hash of `id_etu`, then counts every table's figures one partition at a time
 * — principal enrolments, yearly states, transitions, traces, cohorts, flows, indicators — and
 * adds the partial counts. Only one partition and the counts are in memory after the reading.
 * The spill folder is the run's own and is removed at the end, on success or failure.
 *
 * @throws InputError when the extract cannot be read; OraccleError with exit code 3 when it has no
 * enrolment, 4 when the spill folder cannot be created or written (disk full, not writable).
 * @example
 * const { paths, partitions } = await countPaths({ input: "data/sise", out: "out/open-data", breakdown: "gd_discipline", progress: () => {} });
 */
export async function countPaths(options: CountPathsOptions) {
  const spill = createSpillFolder(options.spillDir ?? dirname(resolve(options.out)));
  try {
    const { readReport, partitions, rows } = await readAndSpill(options, spill.path);
    await releaseMemory();
    const { principalRows, rentrees } = await choosePrincipal(spill.path, rows, options.progress);
    const window = readReport.window;
    const parts: PartitionCounts[] = [];
    for (let index = 0; index < partitions; index++) {
      if (rows[index] === 0) continue;
      options.progress("counting paths", { partition: index + 1, partitions, rows: rows[index]! });
      parts.push(
        countPartition(
          readPartition(spill.path, "principal", index),
          readPartition(spill.path, "resultats", index),
          {
            rentrees,
            window,
            breakdown: options.breakdown,
          },
        ),
      );
      await releaseMemory(IF_GROWN);
    }
    options.progress("merging the partitions' counts");
    const bpbac = readReport.bpbac;
    const paths = mergePathCounts(parts, { rentrees, window, ...(bpbac ? { bpbac } : {}) });
    return {
      readReport: readReport.report,
      principalRows,
      paths,
      partitions,
      partitionsCounted: parts.length,
    };
  } finally {
    spill.remove();
  }
}

/** Reads, validates and spills the extract; the whole extract is let go before returning. */
async function readAndSpill(options: CountPathsOptions, folder: string) {
  const extract = await readSiseAsync(options.input, {
    compact: true,
    columns: READ_COLUMNS,
    progress: (step) => options.progress(step),
  });
  if (options.bpbac !== undefined) options.progress("reading and validating the BPBAC extract");
  const combined = options.bpbac === undefined ? undefined : addBpbac(extract, options.bpbac);
  const inscriptions = combined?.inscriptions ?? extract.inscriptions;
  const resultats = combined?.resultats ?? extract.resultats;
  if (inscriptions.height === 0) {
    throw new OraccleError(`no enrolment accepted in '${options.input}': nothing to publish`, ExitCode.input);
  }
  const partitions =
    options.partitions ?? Math.max(1, Math.ceil(inscriptions.height / (options.partitionRows ?? 2_000_000)));
  options.progress(`writing the extract in ${partitions} partition(s) of students`);
  const window = observationWindow(inscriptions, resultats);
  const rows = spillByKey(inscriptions, { key: "id_etu", partitions, folder, name: "inscriptions" });
  spillByKey(resultats, { key: "id_etu", partitions, folder, name: "resultats" });
  return { readReport: { report: extract.report, window, bpbac: combined?.bpbac }, partitions, rows };
}

/**
 * Chooses the principal enrolments partition by partition (spilled in turn: the states need the
 * first and last rentrée of all of them before any partition is followed).
 */
async function choosePrincipal(folder: string, rows: number[], progress: CountPathsOptions["progress"]) {
  const principalRows = { input: 0, principal: 0, secondary: 0, excluded: 0 };
  const rentrees = new Set<number>();
  for (let index = 0; index < rows.length; index++) {
    if (rows[index] === 0) continue;
    progress("principal enrolments", { partition: index + 1, partitions: rows.length, rows: rows[index]! });
    const chosen = principalEnrolments(readPartition(folder, "inscriptions", index), {
      excludeCpgeDoubles: true,
    });
    for (const key of Object.keys(principalRows) as (keyof typeof principalRows)[])
      principalRows[key] += chosen.rows[key];
    const principal: pl.DataFrame = chosen.enrolments.drop("principal_rule");
    for (const rentree of principal.getColumn("rentree").unique().toArray()) rentrees.add(Number(rentree));
    writePartition(principal, folder, "principal", index);
    await releaseMemory(IF_GROWN);
  }
  return { principalRows, rentrees: [...rentrees].sort((a, b) => a - b) };
}
