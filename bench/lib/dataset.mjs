// Synthetic national-scale SISE extracts for the benchmark, generated once with the toolkit's own
// generator (generateSise) and cached under .cache/bench/<size>-seed<seed>/ (git-ignored).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

/** National SISE: about 2.9 M enrolments a year. */
export const NATIONAL_ENROLMENTS_PER_YEAR = 2_900_000;
/**
 * The generator writes about 5.8 enrolments a year per néo-bachelier entrant (embedded extract:
 * 3,000 entrants → ~17,400 enrolments a year), so 1 % of national ≈ 5,000 entrants.
 */
export const ENTRANTS_PER_PERCENT = 5_000;
export const BENCH_SEED = 20261128;
/** Largest population generated in one go (see ensureDataset). */
export const MAX_PART_PERCENT = 10;

/** Folder of the cached extract of one size (percent of national) and seed. */
export function datasetDir(root, percent, seed = BENCH_SEED) {
  return resolve(root, ".cache", "bench", `p${percent}-seed${seed}`);
}

/** Entrants per rentrée for a size given in percent of national. */
export function entrantsFor(percent) {
  return Math.max(1, Math.round(percent * ENTRANTS_PER_PERCENT));
}

/**
 * Returns the cached extract of this size, generating it (Parquet, zstd) when missing. The marker
 * file `bench-dataset.json` is written last, so an interrupted generation is redone.
 */
export async function ensureDataset(toolkit, root, percent, seed = BENCH_SEED, log = console.log) {
  const dir = datasetDir(root, percent, seed);
  const marker = join(dir, "bench-dataset.json");
  if (existsSync(marker)) return { dir, ...JSON.parse(readFileSync(marker, "utf8")), cached: true };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const started = performance.now();
  const cpu0 = process.cpuUsage();
  // The generator's memory grows with the population (≈ 10 GB and rising at 100 % when stopped),
  // so a size above MAX_PART_PERCENT is composed of independent populations of at most that size
  // (seeds seed, seed + 1…; distinct pseudonymous ids), concatenated file by file.
  const parts = Math.ceil(percent / MAX_PART_PERCENT);
  const entrants = entrantsFor(percent / parts);
  const rows = {};
  let students = 0;
  for (let part = 0; part < parts; part++) {
    const target = parts === 1 ? dir : join(dir, "parts", String(part));
    log(
      `generating ${parts === 1 ? `the ${percent} % extract` : `part ${part + 1}/${parts} of the ${percent} % extract`} (${entrants} entrants a year, seed ${seed + part}) in ${target} …`,
    );
    const summary = await toolkit.generateSise({ seed: seed + part, entrants }, target, "parquet", true);
    for (const [name, count] of Object.entries(summary.rows)) rows[name] = (rows[name] ?? 0) + count;
    students += summary.students;
  }
  if (parts > 1) {
    const { default: pl } = await import("nodejs-polars");
    for (const name of Object.keys(rows).sort()) {
      const sources = Array.from({ length: parts }, (_, part) => join(dir, "parts", String(part), name));
      await pl
        .concat(sources.map((file) => pl.scanParquet(file)))
        .sinkParquet(join(dir, name), { compression: "zstd", maintainOrder: true })
        .collect();
    }
    rmSync(join(dir, "parts"), { recursive: true, force: true });
  }
  const cpu = process.cpuUsage(cpu0);
  let inscriptions = 0;
  let resultats = 0;
  for (const [name, count] of Object.entries(rows)) {
    if (name.startsWith("inscri")) inscriptions += count;
    else resultats += count;
  }
  const info = {
    percent,
    seed,
    parts,
    entrants: entrants * parts,
    inscriptions,
    resultats,
    students,
    generationWallSeconds: (performance.now() - started) / 1000,
    generationCpuSeconds: (cpu.user + cpu.system) / 1e6,
  };
  writeFileSync(marker, `${JSON.stringify(info, null, 2)}\n`);
  return { dir, ...info, cached: false };
}

/**
 * CSV copies of an extract for the peers that cannot read Parquet (arquero, danfo): all rentrées
 * of a source in one file, in file order (inscri15, inscri16…), written once with polars.
 */
export async function ensureCsv(dir) {
  const { default: pl } = await import("nodejs-polars");
  const csvDir = join(dir, "csv");
  const files = { inscriptions: join(csvDir, "inscriptions.csv"), resultats: join(csvDir, "resultats.csv") };
  const marker = join(csvDir, "done");
  if (existsSync(marker)) return files;
  mkdirSync(csvDir, { recursive: true });
  for (const [source, prefix] of [
    ["inscriptions", "inscri"],
    ["resultats", "result"],
  ]) {
    await pl
      .scanParquet(join(dir, `${prefix}*.parquet`))
      .sinkCSV(files[source], { maintainOrder: true })
      .collect();
  }
  writeFileSync(marker, "");
  return files;
}
