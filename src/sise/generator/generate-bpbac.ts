import { mkdirSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import pl from "nodejs-polars";
import { ExitCode, OraccleError } from "../../core/errors.js";
import { messages } from "../../core/i18n/messages.js";
import { type SimulateBpbacOptions, simulateBpbac } from "./simulate-bpbac.js";

/**
 * What {@link generateBpbac} wrote.
 *
 * @example
 * (await generateBpbac("data/sise", options, "data/bpbac")).rows["bpbac22.parquet"];
 */
export interface GenerateBpbacSummary {
  /** Files written, by rentrée. */
  files: string[];
  /** Rows per file name. */
  rows: Record<string, number>;
}

/**
 * Writes the BPBAC files of a generated SISE extract: reads its `inscriYY.parquet` files, draws
 * the lycée paths with {@link simulateBpbac} and writes one `bpbacYY.parquet` (zstd) per rentrée
 * into `out`, replacing the BPBAC files already there. Same SISE files and options →
 * byte-identical BPBAC files.
 *
 * @param siseDir folder of the generated SISE extract (Parquet)
 * @example
 * generateBpbac("data/sise", { seed: 20240901, entrants: 3000, firstRentree: 2015, lastRentree: 2024 }, "data/bpbac");
 */
export function generateBpbac(
  siseDir: string,
  options: SimulateBpbacOptions,
  out: string,
): GenerateBpbacSummary {
  const parts = readdirSync(siseDir)
    .filter((name) => /^inscri\d\d\.parquet$/.test(name))
    .sort()
    .map((name) =>
      pl
        .readParquet(join(siseDir, name))
        .select("id_etu", "rentree", "inspr", "typ_dipl", "niveau", "curpar"),
    );
  if (parts.length === 0)
    throw new OraccleError(messages().sise.generator.noInscriptions(siseDir), ExitCode.input);
  const bpbac = simulateBpbac(pl.concat(parts, { how: "vertical" }), options);
  mkdirSync(out, { recursive: true });
  for (const name of readdirSync(out)) if (/^bpbac\d\d\.(parquet|csv)$/.test(name)) rmSync(join(out, name));
  const files: string[] = [];
  const rows: Record<string, number> = {};
  for (let year = options.firstRentree; year <= options.lastRentree; year++) {
    const name = `bpbac${String(year % 100).padStart(2, "0")}.parquet`;
    const frame = bpbac.filter(pl.col("rentree").eq(year));
    frame.writeParquet(join(out, name), { compression: "zstd" });
    files.push(join(out, name));
    rows[name] = frame.height;
  }
  return { files, rows };
}
