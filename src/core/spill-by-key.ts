import { join } from "node:path";
import pl from "nodejs-polars";
import { ExitCode, OraccleError } from "./errors.js";
import { messages } from "./i18n/messages.js";

/** Seeds of the partitioning hash: fixed, so a key falls in the same partition in every run. */
const SEEDS = [0x6f72, 0x6163, 0x636c, 0x6531] as const;

/**
 * The partition (0 … `partitions` − 1) of every row, from a seeded hash of the key column read
 * as text: every table spilled with the same key and count puts one key in the same partition.
 *
 * @example
 * partitionIndex(inscriptions, "id_etu", 16); // UInt32 series
 */
export function partitionIndex(frame: pl.DataFrame, key: string, partitions: number): pl.Series {
  if (partitions === 1) return pl.Series("__partition", new Array<number>(frame.height).fill(0), pl.UInt32);
  // Two steps: the hash's output type is only known once it is computed.
  return frame
    .select(
      pl
        .col(key)
        .cast(pl.Utf8)
        .hash(...SEEDS)
        .alias("__hash"),
    )
    .select(pl.col("__hash").modulo(pl.lit(partitions).cast(pl.UInt64)).cast(pl.UInt32).alias("__partition"))
    .getColumn("__partition");
}

/** The path of one partition of one table in a spill folder. */
export function partitionFile(folder: string, name: string, index: number): string {
  return join(folder, `${name}-${String(index).padStart(4, "0")}.parquet`);
}

/**
 * Writes `frame` to `partitions` Parquet files of `folder` (`<name>-0000.parquet` …), each
 * holding the rows whose key hashes to it (see {@link partitionIndex}); an empty partition is
 * written too, with the frame's columns. Row order is kept within a partition.
 *
 * @returns the rows written to each partition.
 * @throws OraccleError with `ExitCode.output` (4) when a file cannot be written (disk full,
 * folder not writable).
 * @example
 * const rows = spillByKey(inscriptions, { key: "id_etu", partitions: 16, folder: spill.path, name: "inscriptions" });
 */
export function spillByKey(
  frame: pl.DataFrame,
  options: { key: string; partitions: number; folder: string; name: string },
): number[] {
  const { key, partitions, folder, name } = options;
  const tagged = frame.withColumns(partitionIndex(frame, key, partitions));
  const rows: number[] = [];
  for (let index = 0; index < partitions; index++) {
    const part = tagged.filter(pl.col("__partition").eq(pl.lit(index))).drop("__partition");
    writePartition(part, folder, name, index);
    rows.push(part.height);
  }
  return rows;
}

/**
 * Writes one partition of one table (`<name>-NNNN.parquet`), as {@link spillByKey} does for each.
 *
 * @throws OraccleError with `ExitCode.output` (4) when the file cannot be written.
 * @example
 * writePartition(principal, spill.path, "principal", 3);
 */
export function writePartition(frame: pl.DataFrame, folder: string, name: string, index: number): void {
  const path = partitionFile(folder, name, index);
  try {
    frame.writeParquet(path, { compression: "lz4" });
  } catch (error) {
    throw new OraccleError(messages().spill.cannotWrite(path, reasonOf(error)), ExitCode.output, {
      cause: error,
    });
  }
}

function reasonOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
}

/**
 * Reads one partition back (see {@link spillByKey}).
 *
 * @throws OraccleError with `ExitCode.output` when the file is missing or unreadable.
 * @example
 * const part = readPartition(spill.path, "inscriptions", 3);
 */
export function readPartition(folder: string, name: string, index: number): pl.DataFrame {
  const path = partitionFile(folder, name, index);
  try {
    return pl.readParquet(path);
  } catch (error) {
    throw new OraccleError(messages().spill.cannotRead(path, reasonOf(error)), ExitCode.output, {
      cause: error,
    });
  }
}
